// OpenID Connect (any issuer): documented behaviour.
import { oidc } from "../../oidc.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: oidc,
    options: { issuer: "https://id.example.com" },
    discovery: {
      url: "https://id.example.com/.well-known/openid-configuration",
      document: {
        issuer: "https://id.example.com",
        authorization_endpoint: "https://id.example.com/auth",
        token_endpoint: "https://id.example.com/token",
        userinfo_endpoint: "https://id.example.com/me",
        jwks_uri: "https://id.example.com/jwks",
        token_endpoint_auth_methods_supported: ["client_secret_basic"],
        code_challenge_methods_supported: ["S256"],
      },
    },
    authorize: {
      url: "https://id.example.com/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://id.example.com/token",
      auth: "basic",
      answer: { access_token: "oidc-at", token_type: "Bearer", expires_in: 3600, refresh_token: "oidc-rt" },
      idToken: {
        iss: "https://id.example.com",
        sub: "user-42",
        name: "Grace Hopper",
        email: "grace@example.com",
        email_verified: false,
      },
      expect: { refresh_token: "oidc-rt" },
    },
    profile: {
      expected: { id: "user-42", name: "Grace Hopper", email: "grace@example.com", emailVerified: false },
    },
  },
];
