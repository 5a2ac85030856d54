// Descope: the provider's documented behaviour.
import { descope } from "../../descope.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: descope,
    options: { projectId: "P2abc123" },
    authorize: {
      url: "https://api.descope.com/oauth2/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { flow: "sign-up-or-in" }, params: { flow: "sign-up-or-in" } }],
    token: {
      url: "https://api.descope.com/oauth2/v1/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: "openid email profile" },
      idToken: { iss: "https://api.descope.com/P2abc123", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Descope (custom domain)",
    preset: descope,
    options: { projectId: "P2abc123", domain: "auth.example.com" },
    authorize: {
      url: "https://auth.example.com/oauth2/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.example.com/oauth2/v1/token",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://auth.example.com/P2abc123", ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
