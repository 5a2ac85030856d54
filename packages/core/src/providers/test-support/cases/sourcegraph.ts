// Sourcegraph: the provider's documented behaviour.
import { sourcegraph } from "../../sourcegraph.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: sourcegraph,
    options: { hostname: "sourcegraph.example.com" },
    authorize: {
      url: "https://sourcegraph.example.com/.auth/idp/oauth/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid profile email offline_access",
      },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://sourcegraph.example.com/.auth/idp/oauth/token",
      auth: "post",
      answer: {
        access_token: "sgoa_3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "sgor_7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",
        scope: "openid profile email offline_access",
      },
      idToken: { iss: "https://sourcegraph.example.com", ...USER },
      expect: { refresh_token: "sgor_7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b" },
    },
    profile: { expected: USER_PROFILE },
  },
];
