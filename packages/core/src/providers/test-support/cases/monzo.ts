// Monzo: the provider's documented behaviour.
import { monzo } from "../../monzo.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: monzo,
    authorize: {
      url: "https://auth.monzo.com/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.monzo.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "access_token",
        client_id: "client_id",
        expires_in: 21600,
        refresh_token: "refresh_token",
        token_type: "Bearer",
        user_id: "user_00009238aqC8c5umZmrRdh",
      },
      expect: { user_id: "user_00009238aqC8c5umZmrRdh", refresh_token: "refresh_token" },
    },
    profile: {
      url: "https://api.monzo.com/ping/whoami",
      answer: {
        authenticated: true,
        client_id: "oauthclient_00009238aqC8c5umZmrRdh",
        user_id: "user_00009238aqC8c5umZmrRdh",
      },
      expected: { id: "user_00009238aqC8c5umZmrRdh" },
    },
  },
];
