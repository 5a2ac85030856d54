// HUAWEI ID: the provider's documented behaviour.
import { huawei } from "../../huawei.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: huawei,
    authorize: {
      url: "https://oauth-login.cloud.huawei.com/oauth2/v3/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { offline: true }, params: { access_type: "offline" } }],
    token: {
      url: "https://oauth-login.cloud.huawei.com/oauth2/v3/token",
      auth: "post",
      answer: {
        access_token: "CgB6e3x9vX2NWYJqk0JYyHz2y5F4kjN1Qd==",
        expires_in: 3600,
        refresh_token: "CgB6e3x8rTT7aL5cwhPQ2Xy7vdR1Sdh7j==",
        scope: "openid profile",
        token_type: "Bearer",
      },
      idTokenAlg: "PS256",
      idToken: {
        iss: "https://accounts.huawei.com",
        sub: "MDFAMTAwMTkxMTA5NDA5NDA1NjM2MjE",
        azp: CLIENT_ID,
        openid: "MDFAMTAwMTkxMTA5NDA5NDA1NjM2MjEAQU",
        display_name: "Huawei User",
        picture: "https://upfile-drcn.platform.hicloud.com/photo.jpg",
      },
      expect: { refresh_token: "CgB6e3x8rTT7aL5cwhPQ2Xy7vdR1Sdh7j==" },
    },
    profile: {
      expected: {
        id: "MDFAMTAwMTkxMTA5NDA5NDA1NjM2MjE",
        name: "Huawei User",
        avatarUrl: "https://upfile-drcn.platform.hicloud.com/photo.jpg",
      },
    },
  },
];
