// SwissID: the provider's documented behaviour.
import { swissid } from "../../swissid.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const answer = {
  access_token: "6b3d9b1e-2f6f-4c4b-9d3a-swissid",
  refresh_token: "0f2e4a6c-8b1d-4e3f-a5c7-swissid",
  scope: "openid profile email",
  id_token_type: "JWT",
  token_type: "Bearer",
  expires_in: 599,
};

const userinfo = {
  sub: "f1c2a3b4-5d6e-7f80-91a2-b3c4d5e6f708",
  given_name: "Heidi",
  family_name: "Muster",
  email: "heidi.muster@example.ch",
  email_verified: true,
  language: "de",
};

const expected = {
  id: "f1c2a3b4-5d6e-7f80-91a2-b3c4d5e6f708",
  name: "Heidi Muster",
  email: "heidi.muster@example.ch",
  emailVerified: true,
};

export const CASES: PresetCase[] = [
  {
    preset: swissid,
    authorize: {
      url: "https://login.swissid.ch/idp/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://login.swissid.ch/idp/oauth2/access_token",
      auth: "basic",
      answer,
      idToken: { iss: "https://login.swissid.ch/idp/oauth2", sub: userinfo.sub },
      expect: { refresh_token: answer.refresh_token },
    },
    profile: { url: "https://login.swissid.ch/idp/oauth2/userinfo", answer: userinfo, expected },
  },
  {
    title: "SwissID (integration)",
    preset: swissid,
    options: { integration: true },
    authorize: {
      url: "https://login.int.swissid.ch/idp/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://login.int.swissid.ch/idp/oauth2/access_token",
      auth: "basic",
      answer,
      idToken: { iss: "https://login.int.swissid.ch/idp/oauth2", sub: userinfo.sub },
      expect: { access_token: answer.access_token },
    },
    profile: { url: "https://login.int.swissid.ch/idp/oauth2/userinfo", answer: userinfo, expected },
  },
];
