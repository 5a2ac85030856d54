// SoundCloud: the provider's documented behaviour.
import { soundcloud } from "../../soundcloud.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: soundcloud,
    authorize: {
      url: "https://secure.soundcloud.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://secure.soundcloud.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "2-290059-1234567-aBcDeFgHiJkLmNoP",
        expires_in: 3599,
        refresh_token: "qRsTuVwXyZaBcDeFgHiJkLmN",
        scope: "",
        token_type: "bearer",
      },
      expect: { refresh_token: "qRsTuVwXyZaBcDeFgHiJkLmN" },
    },
    profile: {
      url: "https://api.soundcloud.com/me",
      auth: { header: "authorization", value: "OAuth 2-290059-1234567-aBcDeFgHiJkLmNoP" },
      answer: {
        avatar_url: "https://i1.sndcdn.com/avatars-000000003207-abcdef-large.jpg",
        city: "Berlin",
        country: "Germany",
        full_name: "Johannes Wagener",
        id: 3207,
        kind: "user",
        permalink: "jwagener",
        urn: "soundcloud:users:3207",
        username: "jwagener",
      },
      expected: {
        id: 3207,
        name: "Johannes Wagener",
        avatarUrl: "https://i1.sndcdn.com/avatars-000000003207-abcdef-large.jpg",
      },
    },
  },
];
