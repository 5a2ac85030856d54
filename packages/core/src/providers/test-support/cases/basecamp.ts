// Basecamp: the provider's documented behaviour.
import { basecamp } from "../../basecamp.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: basecamp,
    authorize: {
      url: "https://launchpad.37signals.com/authorization/new",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://launchpad.37signals.com/authorization/token",
      auth: "post",
      answer: {
        access_token: "BAhbB0kiAbB7ImNsaWVudF9pZCI6IjEyM",
        token_type: "Bearer",
        expires_in: 1209600,
        refresh_token: "BAhbB0kiAbB7ImNsaWVudF9pZCI6IjRyZ",
      },
      expect: {
        access_token: "BAhbB0kiAbB7ImNsaWVudF9pZCI6IjEyM",
        refresh_token: "BAhbB0kiAbB7ImNsaWVudF9pZCI6IjRyZ",
      },
    },
    profile: {
      url: "https://launchpad.37signals.com/authorization.json",
      headers: { "user-agent": "oauth-dance" },
      answer: {
        expires_at: "2026-02-16T12:00:00-06:00",
        identity: {
          id: 9999999,
          first_name: "Jason",
          last_name: "Fried",
          email_address: "jason@basecamp.com",
        },
        accounts: [
          {
            product: "bc3",
            id: 99999999,
            name: "Honcho Design",
            href: "https://3.basecampapi.com/99999999",
            app_href: "https://3.basecamp.com/99999999",
          },
        ],
      },
      expected: { id: 9999999, name: "Jason Fried", email: "jason@basecamp.com" },
    },
  },
];
