// Klaviyo: the provider's documented behaviour.
import { klaviyo } from "../../klaviyo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: klaviyo,
    options: { scope: ["accounts:read", "profiles:read"] },
    authorize: {
      url: "https://www.klaviyo.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "accounts:read profiles:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://a.klaviyo.com/oauth/token",
      auth: "basic",
      answer: {
        access_token: "pk_oauth_8d5f2c1a9b7e6d4c3b2a1f0e9d8c7b6a",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "rt_oauth_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
        scope: "accounts:read profiles:read",
      },
      expect: { refresh_token: "rt_oauth_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d" },
    },
    profile: {
      url: "https://a.klaviyo.com/api/accounts",
      headers: { revision: "2026-10-15" },
      answer: {
        data: [
          {
            type: "account",
            id: "AbC123",
            attributes: {
              test_account: false,
              contact_information: {
                default_sender_name: "Klaviyo Demo",
                default_sender_email: "contact@klaviyo-demo.com",
                website_url: "https://www.klaviyo.com",
                organization_name: "Klaviyo Demo",
              },
              industry: "Software / SaaS",
              timezone: "US/Eastern",
              preferred_currency: "USD",
              public_api_key: "AbC123",
              locale: "en-US",
            },
            links: { self: "https://a.klaviyo.com/api/accounts/AbC123/" },
          },
        ],
        links: { self: "https://a.klaviyo.com/api/accounts/" },
      },
      expected: { id: "AbC123", name: "Klaviyo Demo" },
    },
  },
];
