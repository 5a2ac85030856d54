// Zendesk: the provider's documented behaviour.
import { zendesk } from "../../zendesk.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: zendesk,
    options: { subdomain: "example" },
    authorize: {
      url: "https://example.zendesk.com/oauth/authorizations/new",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://example.zendesk.com/oauth/tokens",
      auth: "post",
      answer: {
        access_token: "gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo",
        refresh_token: "31048ba4d7c601302f3173f243da835f",
        token_type: "bearer",
        scope: "read",
        expires_in: 172800,
        refresh_token_expires_in: 800000,
      },
      expect: { refresh_token: "31048ba4d7c601302f3173f243da835f", refresh_token_expires_in: 800000 },
    },
    profile: {
      url: "https://example.zendesk.com/api/v2/users/me.json",
      answer: {
        user: {
          id: 35436,
          url: "https://example.zendesk.com/api/v2/users/35436.json",
          name: "Johnny Agent",
          email: "johnny@example.com",
          role: "agent",
          verified: true,
          photo: { content_url: "https://example.zendesk.com/photos/my_funny_profile_pic.png" },
        },
      },
      expected: {
        id: 35436,
        name: "Johnny Agent",
        email: "johnny@example.com",
        avatarUrl: "https://example.zendesk.com/photos/my_funny_profile_pic.png",
      },
    },
  },
];
