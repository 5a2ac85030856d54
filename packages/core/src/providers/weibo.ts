// Sina Weibo: the user's uid beside the token, expiry as a string, the token as an `access_token` query parameter.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Weibo's `GET /2/users/show.json?uid=<uid>`. */
export interface WeiboProfile {
  id: number;
  idstr: string;
  screen_name: string;
  name?: string;
  profile_image_url?: string;
  avatar_large?: string;
  avatar_hd?: string;
  [field: string]: unknown;
}

/**
 * Weibo. `clientId` is the App Key. Website applications get no refresh token; email needs the
 * `email` scope and a separate call. Without `clientId`, reads `WEIBO_CLIENT_ID` / `WEIBO_CLIENT_SECRET` from the
 * config source.
 *
 * @example weibo({ clientId: appKey, clientSecret: appSecret })
 */
export const weibo = oauth2Preset<NoOptions, WeiboProfile>({
  id: "weibo",
  name: "Weibo",
  docs: "https://open.weibo.com/wiki/OAuth2/access_token",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.weibo.com/oauth2/authorize",
    tokenUrl: "https://api.weibo.com/oauth2/access_token",
    revocationUrl: "https://api.weibo.com/oauth2/revokeoauth2",
    baseUrl: "https://api.weibo.com/2/",
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "users/show.json?uid={token.uid}",
    map: (raw) => ({
      id: raw.idstr,
      name: raw.screen_name,
      avatarUrl: text(raw.avatar_hd) ?? text(raw.avatar_large) ?? text(raw.profile_image_url),
    }),
  },
});
