// QQ Connect (QQ互联): a GET token exchange asked for JSON and the user's openid (`fmt=json`, `need_openid=1`).
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The fields of QQ's token answer that name the user. */
export interface QqProfile {
  openid: string;
  [field: string]: unknown;
}

/**
 * QQ. `clientId` is the APP ID, `clientSecret` the APP Key. The profile is the user's openid only: nickname and
 * avatar come from `user/get_user_info`, which also wants `oauth_consumer_key=<APP ID>` and `openid` in its
 * query (`handle.api`). Without `clientId`, reads `QQ_CLIENT_ID` / `QQ_CLIENT_SECRET` from the config source.
 *
 * @example qq({ clientId: appId, clientSecret: appKey, scope: ["get_user_info"] })
 */
export const qq = oauth2Preset<NoOptions, QqProfile>({
  id: "qq",
  name: "QQ",
  docs: "https://wiki.connect.qq.com/%E4%BD%BF%E7%94%A8authorization_code%E8%8E%B7%E5%8F%96access_token",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://graph.qq.com/oauth2.0/authorize",
    tokenUrl: "https://graph.qq.com/oauth2.0/token",
    baseUrl: "https://graph.qq.com/",
    scope: ["get_user_info"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    // Without them the answer is form-encoded and holds no openid.
    tokenParams: { fmt: "json", need_openid: "1" },
    autoRefresh: { params: { fmt: "json" } },
    pkceSupport: "unsupported",
    refresh: "standard",
    apiTokenParam: "access_token",
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.openid }) },
});
