// LINE: the provider's documented behaviour.
import { line } from "../../line.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
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
];
