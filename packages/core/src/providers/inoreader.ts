// Inoreader: scopes `read` or `read write`, one-hour tokens with refresh, the Google Reader-style API.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Inoreader's `GET /reader/api/0/user-info`. */
export interface InoreaderProfile {
  userId: string;
  userName?: string;
  userProfileId?: string;
  userEmail?: string;
  [field: string]: unknown;
}

/**
 * Inoreader. Access tokens last an hour and refresh. The scope is `read`, or `read write` to change
 * subscriptions and tags. Without `clientId`, reads `INOREADER_CLIENT_ID` / `INOREADER_CLIENT_SECRET` from the
 * config source.
 *
 * @example inoreader({ clientId, clientSecret, scope: ["read", "write"] })
 */
export const inoreader = oauth2Preset<NoOptions, InoreaderProfile>({
  id: "inoreader",
  name: "Inoreader",
  docs: "https://www.inoreader.com/developers/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.inoreader.com/oauth2/auth",
    tokenUrl: "https://www.inoreader.com/oauth2/token",
    baseUrl: "https://www.inoreader.com/reader/api/0/",
    scope: ["read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user-info",
    map: (raw) => ({ id: raw.userId, name: raw.userName, email: raw.userEmail }),
  },
});
