// Raindrop.io: the provider's documented behaviour.
import { raindrop } from "../../raindrop.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: raindrop,
    authorize: {
      url: "https://raindrop.io/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://raindrop.io/oauth/access_token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "ae261404-11r4-47c0-bce3-e18a423da828",
        refresh_token: "c8080368-fad2-4a3f-b2c9-71d3z85011vb",
        expires: 1209599768,
        expires_in: 1209599,
        token_type: "Bearer",
      },
      expect: { refresh_token: "c8080368-fad2-4a3f-b2c9-71d3z85011vb", expires: 1209599768 },
    },
    profile: {
      url: "https://api.raindrop.io/rest/v1/user",
      answer: {
        result: true,
        user: {
          _id: 32,
          config: { lang: "ru_RU", raindrops_view: "list" },
          email: "some@email.com",
          email_MD5: "13a0a20681d8781912e5314150694bf7",
          fullName: "Mussabekov Rustem",
          password: true,
          pro: true,
          registered: "2014-09-30T07:51:15.406Z",
        },
      },
      expected: { id: 32, name: "Mussabekov Rustem", email: "some@email.com" },
    },
  },
];
