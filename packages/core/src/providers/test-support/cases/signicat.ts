// Signicat: the provider's documented behaviour.
import { signicat } from "../../signicat.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: signicat,
    options: { domain: "example.sandbox.signicat.com" },
    authorize: {
      url: "https://example.sandbox.signicat.com/auth/open/connect/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { idp: "nbid" }, params: { acr_values: "idp:nbid" } }],
    token: {
      url: "https://example.sandbox.signicat.com/auth/open/connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.sg",
        expires_in: 600,
        token_type: "Bearer",
        scope: "openid profile",
      },
      idToken: {
        iss: "https://example.sandbox.signicat.com/auth/open",
        sub: "Ym9vbGVhbkV4YW1wbGU",
        idp: "nbid",
        name: "Kari Nordmann",
        given_name: "Kari",
        family_name: "Nordmann",
      },
      expect: { scope: "openid profile" },
    },
    profile: { expected: { id: "Ym9vbGVhbkV4YW1wbGU", name: "Kari Nordmann" } },
  },
];
