// Mail.ru: the provider's documented behaviour.
import { mailru } from "../../mailru.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mailru,
    authorize: {
      url: "https://oauth.mail.ru/login",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "userinfo" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://oauth.mail.ru/token",
      auth: "post",
      // No token type.
      answer: {
        expires_in: 3600,
        access_token: "d15da5ee6d1b4ff2a23bde9f3ec7e9a3",
        refresh_token: "e4b5a1a2f3c94d3e8b1f6c7d8e9f0a1b",
      },
      expect: { access_token: "d15da5ee6d1b4ff2a23bde9f3ec7e9a3", token_type: "bearer" },
    },
    profile: {
      url: "https://oauth.mail.ru/userinfo",
      auth: { query: "access_token" },
      answer: {
        id: "9017362512316325765",
        gender: "m",
        name: "Ivan Ivanov",
        nickname: "Ivan",
        locale: "ru_RU",
        first_name: "Ivan",
        last_name: "Ivanov",
        email: "ivan@mail.ru",
        birthday: "01.01.1990",
        image: "https://filin.mail.ru/pic?d=ivan&width=180&height=180",
      },
      expected: {
        id: "9017362512316325765",
        name: "Ivan Ivanov",
        email: "ivan@mail.ru",
        avatarUrl: "https://filin.mail.ru/pic?d=ivan&width=180&height=180",
      },
    },
  },
];
