// Trakt: the provider's documented behaviour.
import { trakt } from "../../trakt.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: trakt,
    authorize: {
      url: "https://trakt.tv/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.trakt.tv/oauth/token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "dbaf9757982a9e738f05d249b7b5b4a266b3a139049317c4909f2f263572c781",
        token_type: "bearer",
        expires_in: 7200,
        refresh_token: "76ba4c5c75c96f6087f58a4de10be6c00b29ea1ddc3b2022ee2016d1363e3a7c",
        scope: "public",
        created_at: 1487889741,
      },
      expect: {
        refresh_token: "76ba4c5c75c96f6087f58a4de10be6c00b29ea1ddc3b2022ee2016d1363e3a7c",
        created_at: 1487889741,
      },
    },
    profile: {
      url: "https://api.trakt.tv/users/settings",
      headers: { "trakt-api-key": CLIENT_ID, "trakt-api-version": "2" },
      answer: {
        user: {
          username: "justin",
          private: false,
          name: "Justin Nemeth",
          vip: true,
          vip_ep: false,
          ids: { slug: "justin", uuid: "b6589fc6ab0dc82cf12099d1c2d40ab994e8410c" },
          joined_at: "2010-09-25T17:49:25.000Z",
          location: "San Diego, CA",
          images: {
            avatar: {
              full: "https://secure.gravatar.com/avatar/30c2f0dfbc39e40f0c96ab8a8a4ee0ea.jpg?r=pg&s=256",
            },
          },
        },
        account: { timezone: "America/Los_Angeles", date_format: "mdy", time_24hr: false },
      },
      expected: {
        id: "b6589fc6ab0dc82cf12099d1c2d40ab994e8410c",
        name: "Justin Nemeth",
        avatarUrl: "https://secure.gravatar.com/avatar/30c2f0dfbc39e40f0c96ab8a8a4ee0ea.jpg?r=pg&s=256",
      },
    },
  },
];
