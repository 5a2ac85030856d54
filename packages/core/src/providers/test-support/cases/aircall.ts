// Aircall: the provider's documented behaviour.
import { aircall } from "../../aircall.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: aircall,
    authorize: {
      url: "https://dashboard.aircall.io/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public_api" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.aircall.io/v1/oauth/token",
      auth: "post",
      answer: {
        access_token: "7b8c2d1e9f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c",
        token_type: "Bearer",
        scope: "public_api",
        created_at: 1584350123,
      },
      expect: { scope: "public_api", created_at: 1584350123 },
    },
    profile: {
      url: "https://api.aircall.io/v1/integrations/me",
      answer: {
        integration: {
          name: "Acme CRM",
          custom_name: "Acme CRM",
          logo: "https://cdn.aircall.io/integrations/acme.png",
          company_id: 1234,
          status: "active",
          active: true,
          number_ids: [456],
          numbers_count: 1,
          user: { id: 789, name: "Madeleine Dupont", email: "madeleine@example.com", available: true },
        },
      },
      expected: { id: 789, name: "Madeleine Dupont", email: "madeleine@example.com" },
    },
  },
];
