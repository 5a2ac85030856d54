// Janssen / Gluu: the provider's documented behaviour.
import { janssen } from "../../janssen.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: janssen,
    options: { domain: "janssen.example.com" },
    authorize: {
      url: "https://janssen.example.com/jans-auth/restv1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://janssen.example.com/jans-auth/restv1/token",
      auth: "basic",
      answer: {
        access_token: "a2d4d4bb-0b09-4fdd-9e2c-2f0d9d1c4a3b",
        token_type: "Bearer",
        expires_in: 299,
        refresh_token: "3c1e44f4-7d61-4a3f-92e4-6b8b1e5d7a0c",
        scope: "openid profile email",
      },
      idToken: { iss: "https://janssen.example.com", ...USER },
      expect: { refresh_token: "3c1e44f4-7d61-4a3f-92e4-6b8b1e5d7a0c" },
    },
    profile: { expected: USER_PROFILE },
  },
];
