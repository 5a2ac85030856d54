// Stytch: the provider's documented behaviour.
import { stytch } from "../../stytch.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: stytch,
    options: { domain: "login.example.com", loginUrl: "https://example.com/oauth/authorize" },
    authorize: {
      url: "https://example.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://login.example.com/v1/oauth2/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiJ9.st",
        expires_in: 3600,
        refresh_token: "wUUhkRjJlNEcxc3ZvZ3JkY3hmbQ",
        scope: "openid email profile",
        token_type: "bearer",
        request_id: "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141",
        status_code: 200,
      },
      idToken: { iss: "https://login.example.com", ...USER },
      expect: { request_id: "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141" },
    },
    profile: { expected: USER_PROFILE },
  },
];
