// Baidu: the provider's documented behaviour.
import { baidu } from "../../baidu.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: baidu,
    authorize: {
      url: "https://openapi.baidu.com/oauth/2.0/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "basic" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://openapi.baidu.com/oauth/2.0/token",
      method: "GET",
      format: "query",
      auth: "post",
      // No token type; session keys beside the token.
      answer: {
        expires_in: 2592000,
        refresh_token: "22.ca7aeff542c491ee0c9de8a3010a9de4.315360000.1724417263.3875775130-1056026",
        access_token: "21.8bdf77c07a392aea779d571a24903d45.2592000.1411625263.3875775130-1056026",
        session_secret: "c4a8c2b5e5ff3e1f8c4e9b2b2f0d8e6a",
        session_key: "9mzdDZXu3dENdFZQurfg0Vz8slgSgvvOAUebNFzyzcpQ6CWWxmY1jJ9ObhF1yR2F",
        scope: "basic",
      },
      expect: {
        session_key: "9mzdDZXu3dENdFZQurfg0Vz8slgSgvvOAUebNFzyzcpQ6CWWxmY1jJ9ObhF1yR2F",
        token_type: "bearer",
      },
    },
    profile: {
      url: "https://openapi.baidu.com/rest/2.0/passport/users/getInfo",
      auth: { query: "access_token" },
      answer: {
        openid: "o5EeBRqV3uxKcJaRUn4Xq_ilXjKkdJdVTEw",
        unionid: "uAGv9j8H1U6DGnN2_2KvTVkn5Cw_4mNX",
        username: "t***e",
        portrait: "e2c1776c31393837313031319605",
        sex: "1",
      },
      expected: {
        id: "o5EeBRqV3uxKcJaRUn4Xq_ilXjKkdJdVTEw",
        name: "t***e",
        avatarUrl: "https://himg.bdimg.com/sys/portrait/item/e2c1776c31393837313031319605",
      },
    },
  },
];
