// Frontegg: the provider's documented behaviour.
import { frontegg } from "../../frontegg.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";
import { OIDC_ANSWER, USER, USER_PROFILE } from "./shared.js";

export const CASES: PresetCase[] = [
  {
    preset: frontegg,
    options: { domain: "app-abc123.frontegg.com" },
    authorize: {
      url: "https://app-abc123.frontegg.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://app-abc123.frontegg.com/oauth/token",
      format: "json",
      auth: "basic",
      answer: OIDC_ANSWER,
      idToken: { iss: "https://app-abc123.frontegg.com", tenantId: "8c0b3e7a", ...USER },
      expect: { refresh_token: "GEbRxBN.edjnXbL" },
    },
    profile: { expected: USER_PROFILE },
  },
];
