// Mastodon (any instance): apps are registered per instance; tokens do not expire.
import { oauth2Preset } from "./preset.js";

export interface MastodonOptions {
  /** The instance's host: `mastodon.social`. */
  instance: string;
  /** Make the user log in even with a session on the instance (`force_login=true`). */
  forceLogin?: boolean;
}

/** Mastodon's `GET /api/v1/accounts/verify_credentials`. */
export interface MastodonProfile {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  avatar: string;
  [field: string]: unknown;
}

/**
 * Mastodon. Without `clientId`, reads `MASTODON_CLIENT_ID` / `MASTODON_CLIENT_SECRET` from the config source.
 *
 * @example mastodon({ instance: "mastodon.social", clientId, clientSecret, scope: ["read:accounts"] })
 */
export const mastodon = oauth2Preset<MastodonOptions, MastodonProfile>({
  id: "mastodon",
  name: "Mastodon",
  docs: "https://docs.joinmastodon.org/methods/oauth/",
  checked: "2026-11-27",
  options: ["instance", "forceLogin"],
  required: ["instance"],
  example: { instance: "mastodon.social" },
  oauth2: ({ forceLogin }) => ({
    authorizationUrl: "https://{instance}/oauth/authorize",
    tokenUrl: "https://{instance}/oauth/token",
    revocationUrl: "https://{instance}/oauth/revoke",
    baseUrl: "https://{instance}/api/",
    scope: ["read:accounts"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "none",
    ...(forceLogin ? { authorizationParams: { force_login: "true" } } : {}),
  }),
  profile: {
    url: "v1/accounts/verify_credentials",
    map: (raw) => ({ id: raw.id, name: raw.display_name || raw.username, avatarUrl: raw.avatar }),
  },
});
