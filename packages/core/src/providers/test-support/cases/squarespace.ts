// Squarespace: the provider's documented behaviour.
import { squarespace } from "../../squarespace.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: squarespace,
    options: { offline: true, scope: ["website.orders.read", "website.inventory.read"] },
    authorize: {
      url: "https://login.squarespace.com/api/1/login/oauth/provider/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "website.orders.read,website.inventory.read",
        access_type: "offline",
      },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { offline: false }, params: { access_type: null } }],
    token: {
      url: "https://login.squarespace.com/api/1/login/oauth/provider/tokens",
      format: "json",
      auth: "basic",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        token_type: "bearer",
        access_token: "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
        access_token_expires_at: 1622551800.123,
        refresh_token: "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c",
        refresh_token_expires_at: 1623154800.123,
      },
      expect: { refresh_token: "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c", access_token_expires_at: 1622551800.123 },
    },
    profile: {
      url: "https://api.squarespace.com/1.0/authorization/website",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        id: "5ac5262e6d2a73ff2e2d1b8e",
        url: "https://example.squarespace.com",
        siteTitle: "Example Shop",
        isSandbox: false,
      },
      expected: { id: "5ac5262e6d2a73ff2e2d1b8e", name: "Example Shop" },
    },
  },
];
