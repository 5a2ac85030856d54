// FreshBooks: the provider's documented behaviour.
import { freshbooks } from "../../freshbooks.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: freshbooks,
    authorize: {
      url: "https://auth.freshbooks.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user:profile:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.freshbooks.com/auth/oauth/token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "4c1c7d5e0b0a4f2f9c3e8d6b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f",
        token_type: "Bearer",
        expires_in: 43199,
        refresh_token: "8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f",
        scope: "user:profile:read",
        created_at: 1551195066,
      },
      expect: { created_at: 1551195066, scope: "user:profile:read" },
    },
    profile: {
      url: "https://api.freshbooks.com/auth/api/v1/users/me",
      answer: {
        response: {
          id: 2192788,
          identity_id: 712052,
          first_name: "Jane",
          last_name: "Doe",
          email: "jane@example.com",
          confirmed_at: "2018-11-14T20:33:46Z",
          business_memberships: [
            { id: 160, role: "owner", business: { id: 77128, name: "Jane's Business", account_id: "zDmNq" } },
          ],
        },
      },
      expected: { id: 2192788, name: "Jane Doe", email: "jane@example.com", emailVerified: true },
    },
  },
];
