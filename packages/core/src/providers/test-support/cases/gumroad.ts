// Gumroad: the provider's documented behaviour.
import { gumroad } from "../../gumroad.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: gumroad,
    authorize: {
      url: "https://gumroad.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "view_profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.gumroad.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "a3c6f0d9e2b1c4a7f8e5d2b9c6a3f0e7d4b1c8a5f2e9d6b3c0a7f4e1d8b5c2a9",
        token_type: "Bearer",
        refresh_token: "f2e9d6b3c0a7f4e1d8b5c2a9a3c6f0d9e2b1c4a7f8e5d2b9c6a3f0e7d4b1c8a5",
        scope: "view_profile",
        created_at: 1735689600,
      },
      expect: { created_at: 1735689600, scope: "view_profile" },
    },
    profile: {
      url: "https://api.gumroad.com/v2/user",
      answer: {
        success: true,
        user: {
          bio: "a sailor, a tailor",
          name: "John Smith",
          twitter_handle: null,
          user_id: "G_-mnBf9b1j9A7a4ub4nFQ==",
          email: "johnsmith@gumroad.com",
          url: "https://sahil.gumroad.com",
        },
      },
      expected: { id: "G_-mnBf9b1j9A7a4ub4nFQ==", name: "John Smith", email: "johnsmith@gumroad.com" },
    },
  },
];
