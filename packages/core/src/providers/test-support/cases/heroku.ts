// Heroku, one of Flask-Dance's presets: the provider's documented behaviour.
import { heroku } from "../../heroku.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: heroku,
    authorize: {
      url: "https://id.heroku.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://id.heroku.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "01234567-89ab-cdef-0123-456789abcdef",
        expires_in: 28800,
        refresh_token: "01234567-89ab-cdef-0123-456789abcdef",
        token_type: "Bearer",
        user_id: "01234567-89ab-cdef-0123-456789abcdef",
        session_nonce: "2bf3ec81",
      },
      expect: { user_id: "01234567-89ab-cdef-0123-456789abcdef" },
    },
    profile: {
      url: "https://api.heroku.com/account",
      headers: { accept: "application/vnd.heroku+json; version=3" },
      answer: {
        id: "01234567-89ab-cdef-0123-456789abcdef",
        email: "username@example.com",
        name: "Tina Edmonds",
        verified: true,
        allow_tracking: true,
      },
      expected: {
        id: "01234567-89ab-cdef-0123-456789abcdef",
        name: "Tina Edmonds",
        email: "username@example.com",
        emailVerified: true,
      },
    },
  },
];
