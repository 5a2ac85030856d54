// Bitly: the provider's documented behaviour.
import { bitly } from "../../bitly.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: bitly,
    authorize: {
      url: "https://bitly.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api-ssl.bitly.com/oauth/access_token",
      auth: "post",
      headers: { accept: "application/json" },
      // No token type and no expiry: the token lasts until it is revoked.
      answer: { access_token: "e663e30818201d28dd07803e57333bed4f15803a", login: "bitlyapioauthdemo" },
      expect: {
        access_token: "e663e30818201d28dd07803e57333bed4f15803a",
        login: "bitlyapioauthdemo",
        token_type: "bearer",
      },
    },
    profile: {
      url: "https://api-ssl.bitly.com/v4/user",
      answer: {
        login: "bitlyapioauthdemo",
        name: "Bitly Demo",
        is_active: true,
        created: "2009-11-24T16:21:02+0000",
        modified: "2021-03-01T12:00:00+0000",
        is_sso_user: false,
        emails: [{ email: "demo@example.com", is_primary: true, is_verified: true }],
        is_2fa_enabled: false,
        default_group_guid: "Ba1bc23dE4F",
      },
      expected: {
        id: "bitlyapioauthdemo",
        name: "Bitly Demo",
        email: "demo@example.com",
        emailVerified: true,
      },
    },
  },
];
