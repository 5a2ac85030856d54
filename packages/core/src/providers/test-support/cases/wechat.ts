// WeChat: the provider's documented behaviour.
import { wechat } from "../../wechat.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: wechat,
    authorize: {
      url: "https://open.weixin.qq.com/connect/qrconnect",
      hash: "#wechat_redirect",
      params: { appid: CLIENT_ID, response_type: "code", scope: "snsapi_login" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.weixin.qq.com/sns/oauth2/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      clientIdParam: "appid",
      clientSecretParam: "secret",
      // No token type, and the user's openid beside the token.
      answer: {
        access_token: "ACCESS_TOKEN",
        expires_in: 7200,
        refresh_token: "REFRESH_TOKEN",
        openid: "OPENID",
        scope: "snsapi_login",
        unionid: "o6_bmasdasdsad6_2sgVt7hMZOPfL",
      },
      expect: { openid: "OPENID", token_type: "bearer" },
    },
    profile: {
      url: "https://api.weixin.qq.com/sns/userinfo?openid=OPENID",
      auth: { query: "access_token" },
      answer: {
        openid: "OPENID",
        nickname: "NICKNAME",
        sex: 1,
        province: "PROVINCE",
        city: "CITY",
        country: "COUNTRY",
        headimgurl:
          "https://thirdwx.qlogo.cn/mmopen/g3MonUZtNHkdmzicIlibx6iaFqAc56vxLSUfpb6n5WKSYVY0ChQKkiaJSgQ1dZuTOgvLLrhJbERQQ4eMsv84eavHiaiceqxibJxCfHe/0",
        privilege: ["PRIVILEGE1", "PRIVILEGE2"],
        unionid: "o6_bmasdasdsad6_2sgVt7hMZOPfL",
      },
      expected: {
        id: "OPENID",
        name: "NICKNAME",
        avatarUrl:
          "https://thirdwx.qlogo.cn/mmopen/g3MonUZtNHkdmzicIlibx6iaFqAc56vxLSUfpb6n5WKSYVY0ChQKkiaJSgQ1dZuTOgvLLrhJbERQQ4eMsv84eavHiaiceqxibJxCfHe/0",
      },
    },
  },
];
