// Keycloak: the provider's documented behaviour.
import { keycloak } from "../../keycloak.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: keycloak,
    options: { issuer: "https://auth.example.com/realms/acme" },
    authorize: {
      url: "https://auth.example.com/realms/acme/protocol/openid-connect/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.example.com/realms/acme/protocol/openid-connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiJ9.kc",
        expires_in: 300,
        refresh_expires_in: 1800,
        refresh_token: "eyJhbGciOiJIUzI1NiJ9.kcr",
        token_type: "Bearer",
        "not-before-policy": 0,
        session_state: "3b2c6a8e-5d3e-4b69-9f0b-2c1d5e6f7a8b",
        scope: "openid email profile",
      },
      idToken: { iss: "https://auth.example.com/realms/acme", ...USER },
      expect: { refresh_expires_in: 1800 },
    },
    profile: { expected: USER_PROFILE },
  },
];
