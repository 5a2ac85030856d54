// Baidu account login: a GET token exchange, single-use refresh tokens, the token as an `access_token` parameter.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Baidu's `GET /rest/2.0/passport/users/getInfo`. */
export interface BaiduProfile {
  openid: string;
  unionid?: string;
  username?: string;
  /** An avatar key: `https://himg.bdimg.com/sys/portrait/item/<portrait>`. */
  portrait?: string;
  [field: string]: unknown;
}

/**
 * Baidu. `clientId` is the API Key, `clientSecret` the Secret Key. Access tokens last a month; each refresh
 * returns a new ten-year refresh token and retires the old one. Without `clientId`, reads `BAIDU_CLIENT_ID` /
 * `BAIDU_CLIENT_SECRET` from the config source.
 *
 * @example baidu({ clientId: apiKey, clientSecret: secretKey })
 */
export const baidu = oauth2Preset<NoOptions, BaiduProfile>({
  id: "baidu",
  name: "Baidu",
  docs: "https://openauth.baidu.com/doc/doc.html",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://openapi.baidu.com/oauth/2.0/authorize",
    tokenUrl: "https://openapi.baidu.com/oauth/2.0/token",
    baseUrl: "https://openapi.baidu.com/rest/2.0/",
    scope: ["basic"],
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    pkceSupport: "unsupported",
    refresh: "rotating",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "passport/users/getInfo",
    map: (raw) => ({
      id: raw.openid,
      name: text(raw.username),
      avatarUrl: raw.portrait ? `https://himg.bdimg.com/sys/portrait/item/${raw.portrait}` : undefined,
    }),
  },
});
