// Tumblr (OAuth 2): refresh tokens only with `offline_access`; the user is named by their primary blog.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** A blog in Tumblr's `GET /v2/user/info`. */
export interface TumblrBlog {
  name: string;
  uuid: string;
  primary?: boolean;
  avatar?: { width: number; height: number; url: string }[];
  [field: string]: unknown;
}

/** Tumblr's `GET /v2/user/info`. */
export interface TumblrProfile {
  meta: { status: number; msg: string };
  response: { user: { name: string; blogs: TumblrBlog[]; [field: string]: unknown } };
}

/**
 * Tumblr. Users have no id of their own: the profile id is the primary blog's `uuid`, which survives a rename.
 * Without `clientId`, reads `TUMBLR_CLIENT_ID` / `TUMBLR_CLIENT_SECRET` (the OAuth consumer key and secret) from
 * the config source.
 *
 * @example tumblr({ clientId, clientSecret, scope: ["basic", "write", "offline_access"] })
 */
export const tumblr = oauth2Preset<NoOptions, TumblrProfile>({
  id: "tumblr",
  name: "Tumblr",
  docs: "https://www.tumblr.com/docs/en/api/v2#oauth2-authorization",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.tumblr.com/oauth2/authorize",
    tokenUrl: "https://api.tumblr.com/v2/oauth2/token",
    baseUrl: "https://api.tumblr.com/v2/",
    scope: ["basic"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user/info",
    map: ({ response: { user } }) => {
      const blog = user.blogs.find((candidate) => candidate.primary) ?? user.blogs[0];
      return { id: blog?.uuid ?? user.name, name: user.name, avatarUrl: text(blog?.avatar?.[0]?.url) };
    },
  },
});
