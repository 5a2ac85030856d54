// Lichess: the provider's documented behaviour.
import { lichess } from "../../lichess.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: lichess,
    authorize: {
      url: "https://lichess.org/oauth",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://lichess.org/api/token",
      auth: "none",
      answer: {
        token_type: "Bearer",
        access_token: "lio_pJ3qhK6DsRyB0ZAZLy5Gz2IbwKmH1Xv9",
        expires_in: 31536000,
      },
      expect: { access_token: "lio_pJ3qhK6DsRyB0ZAZLy5Gz2IbwKmH1Xv9" },
    },
    profile: {
      url: "https://lichess.org/api/account",
      answer: {
        id: "georges",
        username: "Georges",
        createdAt: 1290415680000,
        seenAt: 1522636452014,
        url: "https://lichess.org/@/georges",
        playTime: { total: 3296897, tv: 12134 },
      },
      expected: { id: "georges", name: "Georges" },
    },
    fromConfig: { clientId: "LICHESS_CLIENT_ID" },
  },
];
