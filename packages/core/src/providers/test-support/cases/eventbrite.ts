// Eventbrite: the provider's documented behaviour.
import { eventbrite } from "../../eventbrite.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: eventbrite,
    authorize: {
      url: "https://www.eventbrite.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.eventbrite.com/oauth/token",
      auth: "post",
      answer: { access_token: "OAUTH_TOKEN", token_type: "bearer" },
      expect: { access_token: "OAUTH_TOKEN" },
    },
    profile: {
      url: "https://www.eventbriteapi.com/v3/users/me/",
      answer: {
        emails: [
          { email: "old@example.com", verified: false, primary: false },
          { email: "test@example.com", verified: true, primary: true },
        ],
        id: "1234567890",
        name: "John Smith",
        first_name: "John",
        last_name: "Smith",
        is_public: false,
        image_id: null,
      },
      expected: { id: "1234567890", name: "John Smith", email: "test@example.com", emailVerified: true },
    },
  },
];
