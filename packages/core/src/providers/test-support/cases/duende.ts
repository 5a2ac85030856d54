// Duende IdentityServer: the provider's documented behaviour.
import { duende } from "../../duende.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: duende,
    options: { authority: "https://demo.duendesoftware.com" },
    authorize: {
      url: "https://demo.duendesoftware.com/connect/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://demo.duendesoftware.com/connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEyMyJ9.ds",
        expires_in: 3600,
        token_type: "Bearer",
        refresh_token: "hdh922",
        scope: "openid profile email offline_access",
      },
      idToken: { iss: "https://demo.duendesoftware.com", ...USER },
      expect: { refresh_token: "hdh922" },
    },
    profile: { expected: USER_PROFILE },
  },
];
