// Douyin (抖音开放平台) web login: `client_key`, comma-separated scopes, the token wrapped in `data`, the open_id in it.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The fields of Douyin's token answer (inside `data`) that name the user. */
export interface DouyinProfile {
  open_id: string;
  scope?: string;
  [field: string]: unknown;
}

/**
 * Douyin. `clientId` is the client key. Access tokens last 15 days; a refresh (`/oauth/refresh_token/`) keeps the
 * refresh token's 30-day life. The profile is the token's `open_id`: the nickname and avatar need
 * `POST /oauth/userinfo/` with the token in the body (scope `user_info`). Without `clientId`, reads
 * `DOUYIN_CLIENT_ID` / `DOUYIN_CLIENT_SECRET` from the config source.
 *
 * @example douyin({ clientId: clientKey, clientSecret, scope: ["user_info"] })
 */
export const douyin = oauth2Preset<NoOptions, DouyinProfile>({
  id: "douyin",
  name: "Douyin",
  docs: "https://developer.open-douyin.com/docs/resource/zh-CN/dop/develop/openapi/account-permission/get-access-token",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://open.douyin.com/platform/oauth/connect/",
    tokenUrl: "https://open.douyin.com/oauth/access_token/",
    baseUrl: "https://open.douyin.com/",
    scope: ["user_info"],
    scopeSeparator: ",",
    clientIdParam: "client_key",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenResponse: { unwrap: "data" },
    pkceSupport: "unsupported",
    refresh: "standard",
    autoRefresh: { url: "https://open.douyin.com/oauth/refresh_token/" },
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.open_id }) },
});
