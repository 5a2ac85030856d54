// Kakao: the provider's documented behaviour.
import { kakao } from "../../kakao.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: kakao,
    options: { scope: ["profile_nickname", "account_email"] },
    authorize: {
      url: "https://kauth.kakao.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile_nickname,account_email" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://kauth.kakao.com/oauth/token",
      auth: "post",
      answer: {
        token_type: "bearer",
        access_token: "kakao-at",
        expires_in: 7199,
        refresh_token: "kakao-rt",
        refresh_token_expires_in: 86399,
        scope: "account_email profile_nickname",
      },
      expect: { refresh_token_expires_in: 86399 },
    },
    profile: {
      url: "https://kapi.kakao.com/v2/user/me",
      answer: {
        id: 123456789,
        connected_at: "2022-04-11T01:45:28Z",
        kakao_account: {
          profile_nickname_needs_agreement: false,
          profile: { nickname: "홍길동", profile_image_url: "http://yyy.kakao.com/dn/.../img_640x640.jpg" },
          email_needs_agreement: false,
          is_email_valid: true,
          is_email_verified: true,
          email: "sample@sample.com",
        },
      },
      expected: {
        id: 123456789,
        name: "홍길동",
        email: "sample@sample.com",
        emailVerified: true,
        avatarUrl: "http://yyy.kakao.com/dn/.../img_640x640.jpg",
      },
    },
  },
];
