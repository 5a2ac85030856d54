// WordPress.com (and Jetpack sites): one site per token unless `global` is asked for; tokens that do not expire.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface WordPressOptions {
  /** Preselect the site to authorize (`blog`): its URL or numeric id. */
  blog?: string;
}

/** WordPress.com's `GET /rest/v1.1/me`. */
export interface WordPressProfile {
  ID: number;
  display_name?: string;
  username: string;
  email?: string;
  email_verified?: boolean;
  avatar_URL?: string;
  primary_blog?: number;
  [field: string]: unknown;
}

/**
 * WordPress.com. Without a scope the token reaches the one site the user picks (the answer's `blog_id` and
 * `blog_url`); `global` reaches all the user's sites, `auth` only the user's profile. There are no refresh
 * tokens. Without `clientId`, reads `WORDPRESS_CLIENT_ID` / `WORDPRESS_CLIENT_SECRET` from the config source.
 *
 * @example wordpress({ clientId, clientSecret, scope: ["global"] })
 */
export const wordpress = oauth2Preset<WordPressOptions, WordPressProfile>({
  id: "wordpress",
  name: "WordPress.com",
  docs: "https://developer.wordpress.com/docs/oauth2/",
  checked: "2026-12-04",
  options: ["blog"],
  oauth2: ({ blog }) => ({
    authorizationUrl: "https://public-api.wordpress.com/oauth2/authorize",
    tokenUrl: "https://public-api.wordpress.com/oauth2/token",
    baseUrl: "https://public-api.wordpress.com/rest/v1.1/",
    scope: ["auth"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    ...(blog ? { authorizationParams: { blog } } : {}),
  }),
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.ID,
      name: text(raw.display_name) ?? raw.username,
      email: text(raw.email),
      emailVerified: raw.email_verified,
      avatarUrl: text(raw.avatar_URL),
    }),
  },
});
