// Pinterest: the provider's documented behaviour.
import { pinterest } from "../../pinterest.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: pinterest,
    authorize: {
      url: "https://www.pinterest.com/oauth/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user_accounts:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.pinterest.com/v5/oauth/token",
      auth: "basic",
      answer: {
        access_token: "pina_AMAZING",
        refresh_token: "pinr_SOMETHING",
        response_type: "authorization_code",
        token_type: "bearer",
        expires_in: 2592000,
        refresh_token_expires_in: 31536000,
        scope: "user_accounts:read",
      },
      expect: { refresh_token_expires_in: 31536000 },
    },
    profile: {
      url: "https://api.pinterest.com/v5/user_account",
      answer: {
        account_type: "BUSINESS",
        id: "549755885175",
        profile_image: "https://i.pinimg.com/280x280_RS/42/03/a5/4203a5e5e1a32e5d3a1c1b2f0c7d6e4f.jpg",
        website_url: "https://example.com",
        username: "pinterest_user",
        business_name: "Example Co",
      },
      expected: {
        id: "549755885175",
        name: "Example Co",
        avatarUrl: "https://i.pinimg.com/280x280_RS/42/03/a5/4203a5e5e1a32e5d3a1c1b2f0c7d6e4f.jpg",
      },
    },
  },
];
