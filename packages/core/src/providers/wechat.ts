// WeChat website login (QR code): appid / secret, a GET token request, errcode answers, the openid in the token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** WeChat's `GET /sns/userinfo`. */
export interface WeChatProfile {
  openid: string;
  unionid?: string;
  nickname?: string;
  headimgurl?: string;
  [field: string]: unknown;
}

/**
 * WeChat. `clientId` is the AppID, `clientSecret` the AppSecret. Without `clientId`, reads `WECHAT_CLIENT_ID` /
 * `WECHAT_CLIENT_SECRET` from the config source.
 *
 * @example wechat({ clientId: appId, clientSecret: appSecret })
 */
export const wechat = oauth2Preset<NoOptions, WeChatProfile>({
  id: "wechat",
  name: "WeChat",
  docs: "https://developers.weixin.qq.com/doc/oplatform/en/Website_App/WeChat_Login/Wechat_Login.html",
  checked: "2026-11-27",
  oauth2: {
    // The fragment is part of the documented URL.
    authorizationUrl: "https://open.weixin.qq.com/connect/qrconnect#wechat_redirect",
    tokenUrl: "https://api.weixin.qq.com/sns/oauth2/access_token",
    baseUrl: "https://api.weixin.qq.com/",
    scope: ["snsapi_login"],
    scopeSeparator: ",",
    clientIdParam: "appid",
    clientSecretParam: "secret",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    tokenResponse: { error: "errcode", errorDescription: "errmsg" },
    pkceSupport: "unsupported",
    refresh: "standard",
    autoRefresh: { url: "https://api.weixin.qq.com/sns/oauth2/refresh_token" },
    apiTokenParam: "access_token",
  },
  profile: {
    url: "sns/userinfo?openid={token.openid}",
    map: (raw) => ({ id: raw.openid, name: raw.nickname, avatarUrl: raw.headimgurl }),
  },
});
