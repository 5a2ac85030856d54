// Reddit: Basic client authentication, `duration=permanent` for a refresh token, a descriptive User-Agent everywhere.
import { oauth2Preset } from "./preset.js";

export interface RedditOptions {
  /** Ask for a refresh token (`duration=permanent`); otherwise the token lasts an hour. */
  permanent?: boolean;
  /** The User-Agent Reddit asks for on every call (`<platform>:<app id>:<version> (by /u/<user>)`). */
  userAgent?: string;
}

/** Reddit's `GET /api/v1/me`. */
export interface RedditProfile {
  id: string;
  name: string;
  icon_img?: string;
  [field: string]: unknown;
}

/**
 * Reddit. Without `clientId`, reads `REDDIT_CLIENT_ID` / `REDDIT_CLIENT_SECRET` from the config source.
 *
 * @example reddit({ clientId, clientSecret, permanent: true, userAgent: "web:com.example.app:1.0 (by /u/me)" })
 */
export const reddit = oauth2Preset<RedditOptions, RedditProfile>({
  id: "reddit",
  name: "Reddit",
  docs: "https://github.com/reddit-archive/reddit/wiki/OAuth2",
  checked: "2026-11-27",
  options: ["permanent", "userAgent"],
  defaultOptions: { userAgent: "oauth-dance" },
  oauth2: ({ permanent, userAgent = "oauth-dance" }) => ({
    authorizationUrl: "https://www.reddit.com/api/v1/authorize",
    tokenUrl: "https://www.reddit.com/api/v1/access_token",
    revocationUrl: "https://www.reddit.com/api/v1/revoke_token",
    baseUrl: "https://oauth.reddit.com/",
    scope: ["identity"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
    tokenHeaders: { "User-Agent": userAgent },
    apiHeaders: { "User-Agent": userAgent },
    authorizationParams: { duration: permanent ? "permanent" : "temporary" },
  }),
  profile: {
    url: "api/v1/me",
    // Reddit HTML-escapes the icon URL.
    map: (raw) => ({ id: raw.id, name: raw.name, avatarUrl: raw.icon_img?.replace(/&amp;/g, "&") }),
  },
});
