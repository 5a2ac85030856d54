// AniList: the provider's documented behaviour.
import { anilist } from "../../anilist.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: anilist,
    authorize: {
      url: "https://anilist.co/api/v2/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://anilist.co/api/v2/oauth/token",
      format: "json",
      auth: "post",
      headers: { accept: "application/json" },
      answer: {
        token_type: "Bearer",
        expires_in: 31536000,
        access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.anilist",
        refresh_token: "def50200a1b2c3d4e5f6",
      },
      expect: { access_token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.anilist" },
    },
    profile: {
      url: "https://graphql.anilist.co/",
      method: "POST",
      answer: {
        data: {
          Viewer: {
            id: 5123,
            name: "Josh",
            avatar: { large: "https://s4.anilist.co/file/anilistcdn/user/avatar/large/b5123-abc.png" },
          },
        },
      },
      expected: {
        id: 5123,
        name: "Josh",
        avatarUrl: "https://s4.anilist.co/file/anilistcdn/user/avatar/large/b5123-abc.png",
      },
    },
  },
];
