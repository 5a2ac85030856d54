// FreeAgent: the provider's documented behaviour.
import { freeagent } from "../../freeagent.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: freeagent,
    authorize: {
      url: "https://api.freeagent.com/v2/approve_app",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://api.freeagent.com/v2/token_endpoint",
      auth: "basic",
      answer: {
        access_token: "1/-6DUxlfNu8wrUlDnngMwAEDUl2VMFVsxHE_qY6m4H1E",
        token_type: "bearer",
        expires_in: 36000,
        refresh_token: "1/oVKJRBmK3-HMbSX5cQNYGMF44tfcDZMn3Kx5iUINKzQ",
        refresh_token_expires_in: 1728000,
      },
      expect: { refresh_token: "1/oVKJRBmK3-HMbSX5cQNYGMF44tfcDZMn3Kx5iUINKzQ" },
    },
    profile: {
      url: "https://api.freeagent.com/v2/users/me",
      headers: { accept: "application/json", "user-agent": "oauth-dance" },
      answer: {
        user: {
          url: "https://api.freeagent.com/v2/users/1",
          first_name: "Development",
          last_name: "Team",
          email: "dev@example.com",
          role: "Director",
          permission_level: 8,
          opening_mileage: 0,
          updated_at: "2011-07-28T15:12:24Z",
          created_at: "2011-07-28T11:25:11Z",
        },
      },
      expected: {
        id: "https://api.freeagent.com/v2/users/1",
        name: "Development Team",
        email: "dev@example.com",
      },
    },
  },
];
