// Bitbucket: the provider's documented behaviour.
import { bitbucket } from "../../bitbucket.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: bitbucket,
    authorize: {
      url: "https://bitbucket.org/site/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://bitbucket.org/site/oauth2/access_token",
      auth: "basic",
      answer: {
        access_token: "bb-at",
        scopes: "account",
        expires_in: 7200,
        refresh_token: "bb-rt",
        token_type: "bearer",
        state: "authorization_code",
      },
      expect: { scopes: "account", refresh_token: "bb-rt" },
    },
    profile: {
      url: "https://api.bitbucket.org/2.0/user",
      answer: {
        type: "user",
        uuid: "{d301aafa-d676-4ee0-88be-962be7417567}",
        account_id: "557058:c0b72ad0-1cb5-4018-9cdc-0cde8492c443",
        display_name: "Evan",
        links: { avatar: { href: "https://secure.gravatar.com/avatar/evan.png" } },
      },
      expected: {
        id: "{d301aafa-d676-4ee0-88be-962be7417567}",
        name: "Evan",
        avatarUrl: "https://secure.gravatar.com/avatar/evan.png",
      },
    },
  },
];
