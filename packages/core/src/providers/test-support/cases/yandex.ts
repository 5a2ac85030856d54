// Yandex: the provider's documented behaviour.
import { yandex } from "../../yandex.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
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
];
