// Help Scout: the provider's documented behaviour.
import { helpscout } from "../../helpscout.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: helpscout,
    authorize: {
      url: "https://secure.helpscout.net/authentication/authorizeClientApplication",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.helpscout.net/v2/oauth2/token",
      auth: "post",
      answer: {
        refresh_token: "T2DK55LoVgVKR6wH9bGR3KeVtoaqQEqg",
        token_type: "bearer",
        access_token: "ABeGYwuxnbkRzEUXvXwCdw6WrGrHjWSt",
        expires_in: 172800,
      },
      expect: { refresh_token: "T2DK55LoVgVKR6wH9bGR3KeVtoaqQEqg" },
    },
    profile: {
      url: "https://api.helpscout.net/v2/users/me",
      answer: {
        id: 4,
        firstName: "Jack",
        lastName: "Sprout",
        email: "jack.sprout@gmail.com",
        role: "owner",
        timezone: "America/New_York",
        photoUrl: "https://d33v4339jhl8k0.cloudfront.net/users/4.jpg",
        createdAt: "2011-04-01T03:18:33Z",
        updatedAt: "2012-07-24T20:18:33Z",
        type: "user",
      },
      expected: {
        id: 4,
        name: "Jack Sprout",
        email: "jack.sprout@gmail.com",
        avatarUrl: "https://d33v4339jhl8k0.cloudfront.net/users/4.jpg",
      },
    },
  },
];
