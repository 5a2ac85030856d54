// Yahoo! JAPAN ID: the provider's documented behaviour.
import { yahoojapan } from "../../yahoojapan.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: yahoojapan,
    authorize: {
      url: "https://auth.login.yahoo.co.jp/yconnect/v2/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile email" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://auth.login.yahoo.co.jp/yconnect/v2/token",
      auth: "basic",
      answer: {
        access_token: "SlAV32hkKG",
        token_type: "Bearer",
        refresh_token: "8xLOxBtZp8",
        expires_in: 3600,
      },
      idToken: {
        iss: "https://auth.login.yahoo.co.jp/yconnect/v2",
        sub: "FQ2WQJY3BTGAP5FGYT3YAXHBHI",
        amr: ["pwd"],
      },
      expect: { access_token: "SlAV32hkKG", refresh_token: "8xLOxBtZp8" },
    },
    profile: {
      url: "https://userinfo.yahooapis.jp/yconnect/v2/attribute",
      answer: {
        sub: "FQ2WQJY3BTGAP5FGYT3YAXHBHI",
        name: "矢風太郎",
        given_name: "太郎",
        "given_name#ja-Kana-JP": "タロウ",
        family_name: "矢風",
        "family_name#ja-Kana-JP": "ヤフウ",
        nickname: "やふうたろう",
        picture: "https://dummyimage.yahoo.co.jp/profile.jpg",
        email: "yconnect@example.com",
        email_verified: true,
        locale: "ja-JP",
      },
      expected: {
        id: "FQ2WQJY3BTGAP5FGYT3YAXHBHI",
        name: "矢風太郎",
        email: "yconnect@example.com",
        emailVerified: true,
        avatarUrl: "https://dummyimage.yahoo.co.jp/profile.jpg",
      },
    },
  },
];
