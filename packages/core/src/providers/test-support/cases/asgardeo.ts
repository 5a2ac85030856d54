// Asgardeo: the provider's documented behaviour.
import { asgardeo } from "../../asgardeo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: asgardeo,
    options: { organization: "bifrost" },
    authorize: {
      url: "https://api.asgardeo.io/t/bifrost/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://api.asgardeo.io/t/bifrost/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "54bd024f-5080-3db5-9422-785f5d610605",
        refresh_token: "2a2a9e2c-8f4a-3c0b-b6a7-3c5d2e1f0a9b",
        scope: "openid email profile",
        token_type: "Bearer",
        expires_in: 3600,
      },
      idToken: { iss: "https://api.asgardeo.io/t/bifrost/oauth2/token", ...USER },
      expect: { access_token: "54bd024f-5080-3db5-9422-785f5d610605", scope: "openid email profile" },
    },
    profile: { expected: USER_PROFILE },
  },
];
