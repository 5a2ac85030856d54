// Stack Exchange: the provider's documented behaviour.
import { stackexchange } from "../../stackexchange.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: stackexchange,
    options: { key: "AppKey1a2b3c((" },
    authorize: {
      url: "https://stackoverflow.com/oauth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://stackoverflow.com/oauth/access_token/json",
      auth: "post",
      // No token type, and the lifetime in `expires`.
      answer: { access_token: "tK0b(SgK8mR4y6BqXWdL3A))", expires: 86399 },
      expect: { access_token: "tK0b(SgK8mR4y6BqXWdL3A))", expires: 86399, token_type: "bearer" },
    },
    profile: {
      url: "https://api.stackexchange.com/2.3/me?site=stackoverflow&key=AppKey1a2b3c((",
      auth: { query: "access_token" },
      answer: {
        items: [
          {
            account_id: 1165580,
            user_id: 1288,
            display_name: "Jane Dev",
            profile_image: "https://i.sstatic.net/abcde.png?s=256",
            link: "https://stackoverflow.com/users/1288/jane-dev",
            reputation: 9001,
          },
        ],
        has_more: false,
        quota_max: 10000,
        quota_remaining: 9999,
      },
      expected: { id: 1165580, name: "Jane Dev", avatarUrl: "https://i.sstatic.net/abcde.png?s=256" },
    },
  },
];
