// WHOOP API v2: `offline` scope for a refresh token (asked again on each refresh), rotating refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** WHOOP's `GET /developer/v2/user/profile/basic` (scope `read:profile`). */
export interface WhoopProfile {
  user_id: number;
  email: string;
  first_name: string;
  last_name: string;
  [field: string]: unknown;
}

/**
 * WHOOP. Refresh tokens come only with the `offline` scope, and a refresh must name `offline` again to get the next
 * one; the newest refresh token replaces the old. Without `clientId`, reads `WHOOP_CLIENT_ID` /
 * `WHOOP_CLIENT_SECRET` from the config source.
 *
 * @example whoop({ clientId, clientSecret, scope: ["offline", "read:profile", "read:recovery", "read:sleep"] })
 */
export const whoop = oauth2Preset<NoOptions, WhoopProfile>({
  id: "whoop",
  name: "WHOOP",
  docs: "https://developer.whoop.com/docs/developing/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.prod.whoop.com/oauth/oauth2/auth",
    tokenUrl: "https://api.prod.whoop.com/oauth/oauth2/token",
    baseUrl: "https://api.prod.whoop.com/developer/",
    scope: ["offline", "read:profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
    autoRefresh: { params: { scope: "offline" } },
  },
  profile: {
    url: "v2/user/profile/basic",
    map: (raw) => ({
      id: raw.user_id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
