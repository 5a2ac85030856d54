// ID Uruguay: the provider's documented behaviour.
import { iduruguay } from "../../iduruguay.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const answer = {
  access_token: "c9c2b1a0d4e34f5c8a7b6e5d4c3b2a19",
  token_type: "bearer",
  expires_in: 3600,
  refresh_token: "1f2e3d4c5b6a79880a9b8c7d6e5f4a3b",
};

const userinfo = {
  sub: "5869",
  name: "Juan Pérez",
  given_name: "Juan",
  family_name: "Pérez",
  email: "juan.perez@example.com.uy",
  email_verified: true,
  numero_documento: "12345672",
  tipo_documento: { codigo: 68909, nombre: "C.I." },
  pais_documento: { codigo: "uy", nombre: "Uruguay" },
};

const expected = {
  id: "5869",
  name: "Juan Pérez",
  email: "juan.perez@example.com.uy",
  emailVerified: true,
};

export const CASES: PresetCase[] = [
  {
    preset: iduruguay,
    authorize: {
      url: "https://auth.iduruguay.gub.uy/oidc/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid personal_info email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://auth.iduruguay.gub.uy/oidc/v1/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://auth.iduruguay.gub.uy/oidc/v1", sub: "5869" },
      expect: { refresh_token: answer.refresh_token },
    },
    profile: { url: "https://auth.iduruguay.gub.uy/oidc/v1/userinfo", answer: userinfo, expected },
  },
  {
    title: "ID Uruguay (testing)",
    preset: iduruguay,
    options: { testing: true },
    authorize: {
      url: "https://auth-testing.iduruguay.gub.uy/oidc/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid personal_info email" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://auth-testing.iduruguay.gub.uy/oidc/v1/token",
      auth: "basic",
      answer,
      idToken: { iss: "https://auth-testing.iduruguay.gub.uy/oidc/v1", sub: "5869" },
      expect: { access_token: answer.access_token },
    },
    profile: { url: "https://auth-testing.iduruguay.gub.uy/oidc/v1/userinfo", answer: userinfo, expected },
  },
];
