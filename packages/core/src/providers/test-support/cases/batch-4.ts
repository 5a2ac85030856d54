// Documented behaviours, fourth batch: TikTok to Mastodon (regional and quirky token endpoints among them).
import { expect } from "vitest";
import { battlenet } from "../../battlenet.js";
import { kakao } from "../../kakao.js";
import { line } from "../../line.js";
import { mastodon } from "../../mastodon.js";
import { naver } from "../../naver.js";
import { patreon } from "../../patreon.js";
import { roblox } from "../../roblox.js";
import { tiktok } from "../../tiktok.js";
import { vk } from "../../vk.js";
import { wechat } from "../../wechat.js";
import { yandex } from "../../yandex.js";
import { zoom } from "../../zoom.js";
import { CLIENT_ID, type PresetCase, STATE } from "../provider-simulator.js";

export const BATCH_4: PresetCase[] = [
  {
    preset: tiktok,
    authorize: {
      url: "https://www.tiktok.com/v2/auth/authorize/",
      params: { client_key: CLIENT_ID, response_type: "code", scope: "user.info.basic" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://open.tiktokapis.com/v2/oauth/token/",
      auth: "post",
      clientIdParam: "client_key",
      answer: {
        access_token: "act.example12345Example12345Example",
        expires_in: 86400,
        open_id: "afd97af1-b87b-48b9-ac98-410aghda5344",
        refresh_expires_in: 31536000,
        refresh_token: "rft.example12345Example12345Example",
        scope: "user.info.basic,video.list",
        token_type: "Bearer",
      },
      expect: { open_id: "afd97af1-b87b-48b9-ac98-410aghda5344", refresh_expires_in: 31536000 },
    },
    profile: {
      url: "https://open.tiktokapis.com/v2/user/info/?fields=open_id,union_id,avatar_url,display_name",
      answer: {
        data: {
          user: {
            open_id: "723f24d7-e717-40f8-a2b6-cb8464cd23b4",
            union_id: "c9c60f44-a68e-4f5d-84dd-ce22faeb0ba1",
            avatar_url:
              "https://p19-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/b17f0e4b3a4f4a50993cf72cda8b88b8~c5_168x168.jpeg",
            display_name: "Tik Toker",
          },
        },
        error: { code: "ok", message: "", log_id: "20220829194722CBE87ED59D524E727021" },
      },
      expected: {
        id: "723f24d7-e717-40f8-a2b6-cb8464cd23b4",
        name: "Tik Toker",
        avatarUrl:
          "https://p19-sign.tiktokcdn-us.com/tos-useast5-avt-0068-tx/b17f0e4b3a4f4a50993cf72cda8b88b8~c5_168x168.jpeg",
      },
    },
  },
  {
    preset: zoom,
    authorize: {
      url: "https://zoom.us/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://zoom.us/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJraWQiOiI8S0lEPiJ9",
        token_type: "bearer",
        refresh_token: "eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJraWQiOiI8S0lEPiJ9.r",
        expires_in: 3599,
        scope: "user:read:admin",
        api_url: "https://api.zoom.us",
      },
      expect: { api_url: "https://api.zoom.us" },
    },
    profile: {
      url: "https://api.zoom.us/v2/users/me",
      answer: {
        id: "KDcuGIm1QgePTO8WbOqwIQ",
        first_name: "Jill",
        last_name: "Chill",
        display_name: "Jill Chill",
        email: "jchill@example.com",
        type: 1,
        pic_url: "https://example.com/photo.jpg",
        verified: 1,
      },
      expected: {
        id: "KDcuGIm1QgePTO8WbOqwIQ",
        name: "Jill Chill",
        email: "jchill@example.com",
        emailVerified: true,
        avatarUrl: "https://example.com/photo.jpg",
      },
    },
  },
  {
    preset: patreon,
    authorize: {
      url: "https://www.patreon.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identity identity[email]" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.patreon.com/api/oauth2/token",
      auth: "post",
      answer: {
        access_token: "pat-at",
        refresh_token: "pat-rt",
        expires_in: 2678400,
        scope: "identity identity[email]",
        token_type: "Bearer",
      },
      expect: { refresh_token: "pat-rt" },
    },
    profile: {
      url: "https://www.patreon.com/api/oauth2/v2/identity?fields%5Buser%5D=email,full_name,image_url,is_email_verified",
      answer: {
        data: {
          id: "12345689",
          type: "user",
          attributes: {
            email: "corgi@example.com",
            full_name: "Platform Corgi",
            image_url: "https://c8.patreon.com/2/200/12345689",
            is_email_verified: true,
          },
        },
        links: { self: "https://www.patreon.com/api/oauth2/v2/user/12345689" },
      },
      expected: {
        id: "12345689",
        name: "Platform Corgi",
        email: "corgi@example.com",
        emailVerified: true,
        avatarUrl: "https://c8.patreon.com/2/200/12345689",
      },
    },
  },
  {
    preset: line,
    authorize: {
      url: "https://access.line.me/oauth2/v2.1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "profile openid email" },
      pkce: true,
      nonce: true,
    },
    variants: [{ options: { botPrompt: "aggressive" }, params: { bot_prompt: "aggressive" } }],
    token: {
      url: "https://api.line.me/oauth2/v2.1/token",
      auth: "post",
      answer: {
        access_token: "bNl4YEFPI/hjFWhTqexp4MuEw5YPs",
        expires_in: 2592000,
        refresh_token: "Aa1FdeggRhTnPNNpxr8p",
        scope: "profile openid email",
        token_type: "Bearer",
      },
      // LINE signs ID tokens for web logins with the channel secret.
      idTokenAlg: "HS256",
      idToken: {
        iss: "https://access.line.me",
        sub: "U1234567890abcdef1234567890abcdef",
        amr: ["pwd"],
        name: "Taro Line",
        picture: "https://sample_line.me/aBcdefg123456",
        email: "taro.line@example.com",
      },
      expect: { refresh_token: "Aa1FdeggRhTnPNNpxr8p" },
    },
    profile: {
      expected: {
        id: "U1234567890abcdef1234567890abcdef",
        name: "Taro Line",
        email: "taro.line@example.com",
        avatarUrl: "https://sample_line.me/aBcdefg123456",
      },
    },
  },
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
  {
    preset: naver,
    authorize: {
      url: "https://nid.naver.com/oauth2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://nid.naver.com/oauth2.0/token",
      auth: "post",
      params: { state: STATE },
      // Naver sends expires_in as a string.
      answer: {
        access_token: "AAAAQosjWDJieBiQZc3to9YQp6HDLvrmyKC+6+iZ3gq7qrkqf50ljZC+Lgoqrg",
        refresh_token: "c8ceMEJisO4Se7uGisHoX0f5JEii7JnipglQipkOn5Zp3tyP7dHQoP0zNKHUq2gY",
        token_type: "bearer",
        expires_in: "3600",
      },
      expect: { token_type: "bearer", expires_at: expect.any(Number) },
    },
    profile: {
      url: "https://openapi.naver.com/v1/nid/me",
      answer: {
        resultcode: "00",
        message: "success",
        response: {
          email: "openapi@naver.com",
          nickname: "OpenAPI",
          profile_image: "https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif",
          age: "40-49",
          gender: "F",
          id: "32742776",
          name: "오픈 API",
          birthday: "10-01",
        },
      },
      expected: {
        id: "32742776",
        name: "오픈 API",
        email: "openapi@naver.com",
        avatarUrl: "https://ssl.pstatic.net/static/pwe/address/nodata_33x33.gif",
      },
    },
  },
  {
    preset: vk,
    options: { scope: ["email"] },
    authorize: {
      url: "https://oauth.vk.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "email", v: "5.199" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.vk.com/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      answer: {
        access_token: "533bacf01e11f55b536a565b57531ac114461ae8736d6506a3",
        expires_in: 43200,
        user_id: 66748,
        email: "ivan@example.com",
      },
      expect: { user_id: 66748, email: "ivan@example.com", token_type: "bearer" },
    },
    profile: {
      url: "https://api.vk.com/method/users.get?fields=photo_100&v=5.199",
      auth: { query: "access_token" },
      answer: {
        response: [
          {
            id: 66748,
            first_name: "Ivan",
            last_name: "Ivanov",
            photo_100: "https://sun1-1.userapi.com/s/v1/ig2/photo.jpg",
          },
        ],
      },
      expected: {
        id: 66748,
        name: "Ivan Ivanov",
        email: "ivan@example.com",
        avatarUrl: "https://sun1-1.userapi.com/s/v1/ig2/photo.jpg",
      },
    },
  },
  {
    preset: yandex,
    authorize: {
      url: "https://oauth.yandex.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { forceConfirm: true }, params: { force_confirm: "yes" } }],
    token: {
      url: "https://oauth.yandex.com/token",
      auth: "basic",
      answer: {
        token_type: "bearer",
        access_token: "AQAAAACy1C6ZAAAAfa6vDLuItEy8pg-iIpnDxIs",
        expires_in: 124234123534,
        refresh_token:
          "1:GN686QVt0mmakDd9:A4pYuW9LGk0_UnlrMIWklkAuJkUWbq27loFekJVmSYrdfzdePBy7:A-2dHOmBxiXgajnD-kYOwQ",
        scope: "login:info login:email login:avatar",
      },
      expect: { scope: "login:info login:email login:avatar" },
    },
    profile: {
      url: "https://login.yandex.ru/info?format=json",
      auth: { header: "authorization", value: "OAuth AQAAAACy1C6ZAAAAfa6vDLuItEy8pg-iIpnDxIs" },
      answer: {
        id: "1000034426",
        login: "ivan",
        client_id: "4760187d81bc4b7799476b42b5103713",
        display_name: "Ivan",
        real_name: "Ivan Ivanov",
        first_name: "Ivan",
        last_name: "Ivanov",
        default_email: "test@yandex.ru",
        default_avatar_id: "131652443",
        is_avatar_empty: false,
        psuid: "1.AAceCw.tbHgw5DtJ9_zeqPrk-Ba2w.qPWSRC5v2t2IaksPJgnge",
      },
      expected: {
        id: "1000034426",
        name: "Ivan Ivanov",
        email: "test@yandex.ru",
        avatarUrl: "https://avatars.yandex.net/get-yapic/131652443/islands-200",
      },
    },
  },
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
  {
    preset: roblox,
    authorize: {
      url: "https://apis.roblox.com/oauth/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://apis.roblox.com/oauth/v1/token",
      auth: "post",
      answer: {
        access_token: "rbx-at",
        refresh_token: "rbx-rt",
        token_type: "Bearer",
        expires_in: 899,
        scope: "openid profile",
      },
      idToken: {
        iss: "https://apis.roblox.com/oauth/",
        sub: "1516563360",
        name: "exampleuser",
        nickname: "exampleuser",
        preferred_username: "exampleuser",
        created_at: 1584682495,
        profile: "https://www.roblox.com/users/1516563360/profile",
        picture: "https://tr.rbxcdn.com/30DAY-AvatarHeadshot-Png/150/150/AvatarHeadshot/Png",
      },
      expect: { refresh_token: "rbx-rt" },
    },
    profile: {
      expected: {
        id: "1516563360",
        name: "exampleuser",
        avatarUrl: "https://tr.rbxcdn.com/30DAY-AvatarHeadshot-Png/150/150/AvatarHeadshot/Png",
      },
    },
  },
  {
    preset: battlenet,
    authorize: {
      url: "https://us.battle.net/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid" },
      pkce: false,
      nonce: true,
    },
    variants: [{ options: { region: "eu" }, params: {} }],
    token: {
      url: "https://us.battle.net/oauth/token",
      auth: "basic",
      answer: {
        access_token: "USVb1nGO9kwQlhNRRnI4iWVy2UV5j7M6h7",
        token_type: "bearer",
        expires_in: 86399,
        scope: "openid",
      },
      idToken: { iss: "https://us.battle.net/oauth", sub: "123456789" },
      expect: { scope: "openid" },
    },
    profile: {
      url: "https://us.battle.net/oauth/userinfo",
      answer: { sub: "123456789", id: 123456789, battletag: "Player#1234" },
      expected: { id: "123456789", name: "Player#1234" },
    },
  },
  {
    preset: mastodon,
    options: { instance: "mastodon.social" },
    authorize: {
      url: "https://mastodon.social/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read:accounts" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { forceLogin: true }, params: { force_login: "true" } }],
    token: {
      url: "https://mastodon.social/oauth/token",
      auth: "post",
      answer: {
        access_token: "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0",
        token_type: "Bearer",
        scope: "read:accounts",
        created_at: 1573979017,
      },
      expect: { created_at: 1573979017 },
    },
    profile: {
      url: "https://mastodon.social/api/v1/accounts/verify_credentials",
      answer: {
        id: "14715",
        username: "trwnh",
        acct: "trwnh",
        display_name: "infinite love ⴳ",
        avatar: "https://files.mastodon.social/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
      },
      expected: {
        id: "14715",
        name: "infinite love ⴳ",
        avatarUrl: "https://files.mastodon.social/accounts/avatars/000/014/715/original/34aa222f4ae2e0a9.png",
      },
    },
  },
];
