// Criipto Verify: the provider's documented behaviour.
import { criipto } from "../../criipto.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: criipto,
    options: { domain: "example.criipto.id" },
    authorize: {
      url: "https://example.criipto.id/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: true,
      nonce: true,
    },
    variants: [
      {
        options: { acrValues: "urn:grn:authn:dk:mitid:substantial" },
        params: { acr_values: "urn:grn:authn:dk:mitid:substantial" },
      },
    ],
    token: {
      url: "https://example.criipto.id/oauth2/token",
      auth: "basic",
      answer: { token_type: "Bearer", expires_in: 120, access_token: "c8f4b1e2-9a7d" },
      idToken: {
        iss: "https://example.criipto.id",
        sub: "{9b4c3c2e-2b4b-4a5f-8e8b-0c6d2f7e1a3b}",
        identityscheme: "dkmitid",
        name: "Jens Hansen",
        given_name: "Jens",
        family_name: "Hansen",
      },
      expect: { access_token: "c8f4b1e2-9a7d" },
    },
    profile: { expected: { id: "{9b4c3c2e-2b4b-4a5f-8e8b-0c6d2f7e1a3b}", name: "Jens Hansen" } },
  },
];
