// MapMyFitness: the provider's documented behaviour.
import { mapmyfitness } from "../../mapmyfitness.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mapmyfitness,
    // The token endpoint wants the API key header too; the app passes it.
    options: { tokenHeaders: { "Api-Key": CLIENT_ID } },
    authorize: {
      url: "https://www.mapmyfitness.com/v7.1/oauth2/authorize/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.mapmyfitness.com/v7.1/oauth2/access_token/",
      auth: "post",
      headers: { "api-key": CLIENT_ID },
      answer: {
        access_token: "9c6f1d3a7b2e4c8d0f5a1b3c5d7e9f1a3b5c7d9e",
        expires_in: 5184000,
        refresh_token: "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a",
        scope: "read write",
        token_type: "Bearer",
      },
      expect: { refresh_token: "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a" },
    },
    profile: {
      url: "https://api.mapmyfitness.com/v7.1/user/self/",
      headers: { "api-key": CLIENT_ID },
      answer: {
        id: 14420386,
        username: "runner42",
        first_name: "Alex",
        last_name: "Runner",
        display_name: "Alex Runner",
        email: "alex@example.com",
        _links: { self: [{ href: "/v7.1/user/14420386/", id: "14420386" }] },
      },
      expected: { id: 14420386, name: "Alex Runner", email: "alex@example.com" },
    },
  },
];
