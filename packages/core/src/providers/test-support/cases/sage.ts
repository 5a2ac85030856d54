// Sage Business Cloud Accounting: the provider's documented behaviour.
import { sage } from "../../sage.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: sage,
    options: { scope: "full_access" },
    authorize: {
      url: "https://www.sageone.com/oauth2/auth/central",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "full_access", filter: "apiv3.1" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.accounting.sage.com/token",
      auth: "post",
      answer: {
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.sage-at",
        expires_in: 300,
        token_type: "bearer",
        refresh_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.sage-rt",
        refresh_token_expires_in: 2678400,
        scope: "full_access",
        requested_by_id: "5a4d33d6-9a3f-4f2e-a0a3-6d8d6c1e2b7a",
      },
      expect: { requested_by_id: "5a4d33d6-9a3f-4f2e-a0a3-6d8d6c1e2b7a", refresh_token_expires_in: 2678400 },
    },
    profile: {
      url: "https://api.accounting.sage.com/v3.1/user",
      answer: {
        id: "5a4d33d6-9a3f-4f2e-a0a3-6d8d6c1e2b7a",
        displayed_as: "Joe Bloggs",
        $path: "/user",
        first_name: "Joe",
        last_name: "Bloggs",
        initials: "JB",
        email: "joe.bloggs@example.com",
        locale: "en-GB",
      },
      expected: {
        id: "5a4d33d6-9a3f-4f2e-a0a3-6d8d6c1e2b7a",
        name: "Joe Bloggs",
        email: "joe.bloggs@example.com",
      },
    },
  },
];
