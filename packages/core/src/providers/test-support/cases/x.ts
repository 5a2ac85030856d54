// X (OAuth 2.0): the provider's documented behaviour.
import { x } from "../../x.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: x,
    authorize: {
      url: "https://x.com/i/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "users.read tweet.read" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { offline: true }, params: { scope: "users.read tweet.read offline.access" } }],
    token: {
      url: "https://api.x.com/2/oauth2/token",
      auth: "basic",
      answer: {
        token_type: "bearer",
        expires_in: 7200,
        access_token:
          "VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPWGxNd2dxOjE2MjIxNjA4MjU4MjU6MToxOmF0OjE",
        scope: "users.read tweet.read offline.access",
        refresh_token:
          "bWRWa3gzdnk3WHRGU1o0bmRRcTJ5VUxWX1lZTDdJSUtmaWcxbTVxdEFXcW5tOjE2MjIxNDc3NDM5MTQ6MToxOnJ0OjE",
      },
      expect: { scope: "users.read tweet.read offline.access" },
    },
    profile: {
      url: "https://api.x.com/2/users/me?user.fields=profile_image_url",
      answer: {
        data: {
          id: "2244994945",
          name: "X Dev",
          username: "TwitterDev",
          profile_image_url: "https://pbs.twimg.com/profile_images/1445764922474827784/W2zEPN7U_normal.jpg",
        },
      },
      expected: {
        id: "2244994945",
        name: "X Dev",
        avatarUrl: "https://pbs.twimg.com/profile_images/1445764922474827784/W2zEPN7U_normal.jpg",
      },
    },
  },
];
