// Mixcloud: the provider's documented behaviour.
import { mixcloud } from "../../mixcloud.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mixcloud,
    authorize: {
      url: "https://www.mixcloud.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.mixcloud.com/oauth/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      // Only the token.
      answer: { access_token: "nRbmVYHdqkQz6CHmAWq8zdEKvPVKXcWp" },
      expect: { access_token: "nRbmVYHdqkQz6CHmAWq8zdEKvPVKXcWp", token_type: "bearer" },
    },
    profile: {
      url: "https://api.mixcloud.com/me/",
      auth: { query: "access_token" },
      answer: {
        key: "/spartacus/",
        url: "https://www.mixcloud.com/spartacus/",
        name: "Spartacus",
        username: "spartacus",
        pictures: {
          small: "https://thumbnailer.mixcloud.com/unsafe/25x25/profile/spartacus.jpg",
          medium: "https://thumbnailer.mixcloud.com/unsafe/100x100/profile/spartacus.jpg",
          large: "https://thumbnailer.mixcloud.com/unsafe/300x300/profile/spartacus.jpg",
        },
        city: "London",
        country: "United Kingdom",
        type: "user",
      },
      expected: {
        id: "spartacus",
        name: "Spartacus",
        avatarUrl: "https://thumbnailer.mixcloud.com/unsafe/300x300/profile/spartacus.jpg",
      },
    },
  },
];
