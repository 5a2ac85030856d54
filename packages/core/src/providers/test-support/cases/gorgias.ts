// Gorgias: the provider's documented behaviour.
import { gorgias } from "../../gorgias.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: gorgias,
    options: { domain: "sfbicycles.gorgias.com" },
    authorize: {
      url: "https://sfbicycles.gorgias.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile offline" },
      pkce: false,
      nonce: true,
    },
    token: {
      url: "https://sfbicycles.gorgias.com/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiJ9.gorgias-access",
        expires_in: 86400,
        refresh_token: "gorgias-refresh-7a1c5e8f4833",
        scope: "openid email profile offline",
        token_type: "Bearer",
      },
      idToken: {
        iss: "https://sfbicycles.gorgias.com",
        sub: "4",
        email: "maria@sfbicycles.com",
        name: "Maria Lopez",
      },
      expect: { refresh_token: "gorgias-refresh-7a1c5e8f4833" },
    },
    profile: { expected: { id: "4", name: "Maria Lopez", email: "maria@sfbicycles.com" } },
  },
];
