// Genius: tokens that never expire, the `me` scope for the account; API answers wrapped in `response`.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Genius' `GET /account` (scope `me`). */
export interface GeniusProfile {
  meta: { status: number };
  response: {
    user: {
      id: number;
      login: string;
      name?: string;
      email?: string;
      avatar?: { medium?: { url?: string }; [size: string]: unknown };
      [field: string]: unknown;
    };
  };
}

/**
 * Genius. The code exchange repeats `response_type=code`; there are no refresh tokens. Without `clientId`, reads
 * `GENIUS_CLIENT_ID` / `GENIUS_CLIENT_SECRET` from the config source.
 *
 * @example genius({ clientId, clientSecret, scope: ["me", "vote"] })
 */
export const genius = oauth2Preset<NoOptions, GeniusProfile>({
  id: "genius",
  name: "Genius",
  docs: "https://docs.genius.com/#/authentication-h1",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.genius.com/oauth/authorize",
    tokenUrl: "https://api.genius.com/oauth/token",
    baseUrl: "https://api.genius.com/",
    scope: ["me"],
    tokenEndpointAuthMethod: "client_secret_post",
    tokenParams: { response_type: "code" },
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "account",
    map: ({ response: { user } }) => ({
      id: user.id,
      name: text(user.name) ?? user.login,
      email: text(user.email),
      avatarUrl: text(user.avatar?.medium?.url),
    }),
  },
});
