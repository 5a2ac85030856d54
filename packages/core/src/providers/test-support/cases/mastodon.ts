// Mastodon: the provider's documented behaviour.
import { mastodon } from "../../mastodon.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mastodon,
    options: { instance: "mastodon.social" },
    authorize: {
      url: "https://mastodon.social/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read:accounts" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { forceLogin: true }, params: { force_login: "true" } }],
    token: {
      url: "https://mastodon.social/oauth/token",
      auth: "post",
      answer: {
        access_token: "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0",
        token_type: "Bearer",
        scope: "read:accounts",
        created_at: 1573979017,
      },
      expect: { created_at: 1573979017 },
    },
    profile: {
      url: "https://mastodon.social/api/v1/accounts/verify_credentials",
      answer: {
        id: "14715",
        username: "trwnh",
        acct: "trwnh",
        display_name: "infinite love ⴳ",
        avatar: "https://files.mastodon.social/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
      },
      expected: {
        id: "14715",
        name: "infinite love ⴳ",
        avatarUrl: "https://files.mastodon.social/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
      },
    },
  },
];
