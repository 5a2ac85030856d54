// Shopify: the provider's documented behaviour.
import { shopify } from "../../shopify.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    title: "Shopify (expiring offline token)",
    preset: shopify,
    options: { shop: "example.myshopify.com", scope: ["write_orders", "read_customers"] },
    authorize: {
      url: "https://example.myshopify.com/admin/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "write_orders,read_customers" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { online: true }, params: { "grant_options[]": "per-user" } }],
    token: {
      url: "https://example.myshopify.com/admin/oauth/access_token",
      auth: "post",
      params: { expiring: "1" },
      answer: {
        access_token: "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",
        expires_in: 3600,
        refresh_token: "shprt_8a63a1e3f7c2b4d5e6f7a8b9c0d1e2f3",
        refresh_token_expires_in: 7776000,
        scope: "write_orders,read_customers",
      },
      expect: {
        refresh_token: "shprt_8a63a1e3f7c2b4d5e6f7a8b9c0d1e2f3",
        scope: "write_orders,read_customers",
      },
    },
    // An offline token names no user: the profile is the shop.
    profile: { expected: { id: "example.myshopify.com" } },
  },
  {
    title: "Shopify (online token)",
    preset: shopify,
    options: { shop: "example.myshopify.com", online: true, scope: ["write_orders", "read_customers"] },
    authorize: {
      url: "https://example.myshopify.com/admin/oauth/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "write_orders,read_customers",
        "grant_options[]": "per-user",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://example.myshopify.com/admin/oauth/access_token",
      auth: "post",
      answer: {
        access_token: "f85632530bf277ec9ac6f649fc327f17",
        scope: "write_orders,read_customers",
        expires_in: 86399,
        associated_user_scope: "write_orders",
        associated_user: {
          id: 902541635,
          first_name: "John",
          last_name: "Smith",
          email: "john@example.com",
          email_verified: true,
          account_owner: true,
          locale: "en",
          collaborator: false,
        },
      },
      expect: { associated_user_scope: "write_orders", associated_user: { id: 902541635 } },
    },
    profile: {
      expected: { id: 902541635, name: "John Smith", email: "john@example.com", emailVerified: true },
    },
  },
];
