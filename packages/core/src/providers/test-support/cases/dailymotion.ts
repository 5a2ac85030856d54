// Dailymotion: the provider's documented behaviour.
import { dailymotion } from "../../dailymotion.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: dailymotion,
    authorize: {
      url: "https://api.dailymotion.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "userinfo email" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.dailymotion.com/oauth/token",
      auth: "post",
      // No token type.
      answer: {
        access_token: "eVlFWF0XQxIPU1tHQ0ZYHlFSQVlEQRJBEERJEkc",
        expires_in: 36000,
        refresh_token: "EhRWQBBeR0FdQkcUEA0KWVpfV1dFXBcBEERJEkc",
      },
      expect: { refresh_token: "EhRWQBBeR0FdQkcUEA0KWVpfV1dFXBcBEERJEkc", token_type: "bearer" },
    },
    profile: {
      url: "https://api.dailymotion.com/user/me?fields=id,screenname,email,avatar_240_url",
      answer: {
        id: "x1fz4ii",
        screenname: "Jane Doe",
        email: "jane@example.com",
        avatar_240_url: "https://s2.dmcdn.net/u/8cY1x1fz4ii/240x240",
      },
      expected: {
        id: "x1fz4ii",
        name: "Jane Doe",
        email: "jane@example.com",
        avatarUrl: "https://s2.dmcdn.net/u/8cY1x1fz4ii/240x240",
      },
    },
  },
];
