// Auth0: the provider's documented behaviour.
import { auth0 } from "../../auth0.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: auth0,
    options: { domain: "example.us.auth0.com" },
    authorize: {
      url: "https://example.us.auth0.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { audience: "https://api.example.com" }, params: { audience: "https://api.example.com" } },
      { options: { organization: "org_W30s8XYsLhVaG6aT" }, params: { organization: "org_W30s8XYsLhVaG6aT" } },
      { options: { connection: "google-oauth2" }, params: { connection: "google-oauth2" } },
    ],
    token: {
      url: "https://example.us.auth0.com/oauth/token",
      auth: "post",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://example.us.auth0.com/", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
];
