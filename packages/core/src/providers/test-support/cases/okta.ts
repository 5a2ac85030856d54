// Okta: the provider's documented behaviour.
import { okta } from "../../okta.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: okta,
    options: { domain: "example.okta.com" },
    authorize: {
      url: "https://example.okta.com/oauth2/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.okta.com/oauth2/v1/token",
      auth: "basic",
      answer: { ...OIDC_ANSWER, scope: "openid email profile" },
      idToken: { iss: "https://example.okta.com", ...USER },
      expect: { scope: "openid email profile" },
    },
    profile: { expected: USER_PROFILE },
  },
  {
    title: "Okta (custom authorization server)",
    preset: okta,
    options: { domain: "example.okta.com", authorizationServerId: "default" },
    authorize: {
      url: "https://example.okta.com/oauth2/default/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://example.okta.com/oauth2/default/v1/token",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://example.okta.com/oauth2/default", ...USER },
      expect: { access_token: "eyJz93a.k4laUWw" },
    },
    profile: { expected: USER_PROFILE },
  },
];
