// Constant Contact: the provider's documented behaviour.
import { constantcontact } from "../../constantcontact.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: constantcontact,
    authorize: {
      url: "https://authz.constantcontact.com/oauth2/default/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "account_read offline_access" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://authz.constantcontact.com/oauth2/default/v1/token",
      auth: "basic",
      answer: {
        token_type: "Bearer",
        expires_in: 86400,
        access_token: "eyJraWQiOiJzZ1B4ZGdlX1pkUWtHbG9QbnFTbDJ6VEp3.eyJ2ZXIiOjEsImp0aSI6IkFULm",
        scope: "account_read offline_access",
        refresh_token: "-u5dYd_wxGy4tIkKxZbLpcVRK7Jz3oZ0hvQp8mXk5Nc",
      },
      expect: { refresh_token: "-u5dYd_wxGy4tIkKxZbLpcVRK7Jz3oZ0hvQp8mXk5Nc" },
    },
    profile: {
      url: "https://api.cc.email/v3/account/summary",
      answer: {
        contact_email: "dlang@example.com",
        contact_phone: "555-555-5555",
        country_code: "US",
        encoded_account_id: "a07e1ikxyomhd4la0o",
        first_name: "Debora",
        last_name: "Lang",
        organization_name: "Lang Dog Grooming",
        state_code: "MA",
        time_zone_id: "US/Eastern",
        website: "http://www.example.com",
      },
      expected: { id: "a07e1ikxyomhd4la0o", name: "Debora Lang", email: "dlang@example.com" },
    },
  },
];
