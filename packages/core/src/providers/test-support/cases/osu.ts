// osu!: the provider's documented behaviour.
import { osu } from "../../osu.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: osu,
    authorize: {
      url: "https://osu.ppy.sh/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identify" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://osu.ppy.sh/oauth/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 86400,
        access_token: "verylongstring",
        refresh_token: "anotherlongstring",
      },
      expect: { refresh_token: "anotherlongstring" },
    },
    profile: {
      url: "https://osu.ppy.sh/api/v2/me",
      answer: {
        id: 2,
        username: "peppy",
        avatar_url: "https://a.ppy.sh/2?1519081077.png",
        country_code: "AU",
      },
      expected: { id: 2, name: "peppy", avatarUrl: "https://a.ppy.sh/2?1519081077.png" },
    },
  },
];
