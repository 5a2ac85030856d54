// Upwork: the provider's documented behaviour.
import { upwork } from "../../upwork.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: upwork,
    authorize: {
      url: "https://www.upwork.com/ab/account-security/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.upwork.com/api/v3/oauth2/token",
      auth: "post",
      answer: {
        access_token: "oauth2v2_4d8f2c1b9e7a6f5d3c2b1a0e9f8d7c6b",
        refresh_token: "oauth2v2_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
        token_type: "Bearer",
        expires_in: 86400,
      },
      expect: { refresh_token: "oauth2v2_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d" },
    },
    profile: {
      url: "https://api.upwork.com/graphql",
      method: "POST",
      answer: {
        data: {
          user: { id: "1419160426158219264", nid: "janedoe", name: "Jane Doe", email: "jane@example.com" },
        },
      },
      expected: { id: "1419160426158219264", name: "Jane Doe", email: "jane@example.com" },
    },
  },
];
