// Logto: the provider's documented behaviour.
import { logto } from "../../logto.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

const SCOPE = "openid profile email offline_access";

export const CASES: PresetCase[] = [
  {
    preset: logto,
    options: { endpoint: "https://abc123.logto.app" },
    authorize: {
      url: "https://abc123.logto.app/oidc/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: SCOPE, prompt: "consent" },
      pkce: true,
      nonce: true,
    },
    variants: [
      { options: { resource: "https://api.example.com" }, params: { resource: "https://api.example.com" } },
    ],
    token: {
      url: "https://abc123.logto.app/oidc/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: SCOPE },
      idToken: { iss: "https://abc123.logto.app/oidc", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Logto (a user with a username only)",
    preset: logto,
    options: { endpoint: "https://auth.example.com" },
    authorize: {
      url: "https://auth.example.com/oidc/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: SCOPE, prompt: "consent" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.example.com/oidc/token",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://auth.example.com/oidc", sub: "5wxa3ooanwd0", username: "janedoe", name: null },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: { id: "5wxa3ooanwd0", name: "janedoe" } },
  },
];
