// Copper: the provider's documented behaviour.
import { copper } from "../../copper.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: copper,
    authorize: {
      url: "https://app.copper.com/oauth/authorize",
      // Copper documents no `response_mode`; it always returns with a POST, which the preset asks for explicitly.
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "developer/v1/all",
        response_mode: "form_post",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://app.copper.com/oauth/token",
      auth: "post",
      formPost: true,
      answer: {
        access_token: "MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3",
        token_type: "Bearer",
        scope: "developer/v1/all",
      },
      expect: { access_token: "MTQ0NjJkZmQ5OTM2NDE1ZTZjNGZmZjI3", scope: "developer/v1/all" },
    },
    profile: {
      url: "https://api.copper.com/developer_api/v1/users/me",
      headers: { "x-pw-application": "developer_api" },
      answer: { id: 137658, name: "Test User", email: "testuser@copper.com", groups: [] },
      expected: { id: 137658, name: "Test User", email: "testuser@copper.com" },
    },
  },
];
