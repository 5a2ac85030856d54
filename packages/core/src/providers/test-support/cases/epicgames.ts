// Epic Games: the provider's documented behaviour.
import { expect } from "vitest";
import { epicgames } from "../../epicgames.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: epicgames,
    authorize: {
      url: "https://www.epicgames.com/id/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "basic_profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.epicgames.dev/epic/oauth/v2/token",
      auth: "basic",
      // Epic's `expires_at` is an ISO date; the stored one is recomputed from `expires_in`.
      answer: {
        scope: "basic_profile",
        token_type: "bearer",
        access_token:
          "eg1~eyJraWQiOiJ0RkMyVUloRnBUTV9FYTNxY09kX01xUVQxY0JCbTlrRkxTRGZlSmhzUkc4IiwiYWxnIjoiUFMyNTYifQ",
        expires_in: 7200,
        expires_at: "2024-05-01T20:00:00.000Z",
        refresh_token: "eg1~refresh",
        refresh_expires_in: 28800,
        account_id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b",
        client_id: CLIENT_ID,
        application_id: "fghi4567FNFBKFz3E4TROb0bmPS8h1GW",
      },
      expect: { account_id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", expires_at: expect.any(Number) },
    },
    profile: {
      url: "https://api.epicgames.dev/epic/id/v2/accounts?accountId=d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b",
      answer: [
        { accountId: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", displayName: "Jinx", preferredLanguage: "en" },
      ],
      expected: { id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", name: "Jinx" },
    },
  },
];
