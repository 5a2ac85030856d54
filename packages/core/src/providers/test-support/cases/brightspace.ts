// D2L Brightspace: the provider's documented behaviour.
import { brightspace } from "../../brightspace.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: brightspace,
    options: { domain: "school.brightspace.com" },
    authorize: {
      url: "https://auth.brightspace.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "core:*:*" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth.brightspace.com/core/connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxNjkiLCJzY29wZSI6ImNvcmU6KjoqIn0.c2ln",
        expires_in: 3600,
        token_type: "Bearer",
        refresh_token: "rt.us-east-1.a5b7c9d1e3f5",
        scope: "core:*:*",
      },
      expect: { refresh_token: "rt.us-east-1.a5b7c9d1e3f5", scope: "core:*:*" },
    },
    profile: {
      url: "https://school.brightspace.com/d2l/api/lp/1.43/users/whoami",
      answer: {
        Identifier: "169",
        FirstName: "Ada",
        LastName: "Lovelace",
        Pronouns: "",
        UniqueName: "alovelace",
        ProfileIdentifier: "Qm9vbGVhbg",
      },
      expected: { id: "169", name: "Ada Lovelace" },
    },
  },
];
