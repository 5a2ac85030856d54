// Square: the provider's documented behaviour.
import { square } from "../../square.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: square,
    options: { scope: ["MERCHANT_PROFILE_READ", "PAYMENTS_READ"] },
    authorize: {
      url: "https://connect.squareup.com/oauth2/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "MERCHANT_PROFILE_READ PAYMENTS_READ",
        session: "false",
      },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { sandbox: true }, params: {} }],
    token: {
      url: "https://connect.squareup.com/oauth2/token",
      format: "json",
      auth: "post",
      answer: {
        access_token: "EAAAEOuLQObrVwJvCvoio-jSrSiUKbMIE3Ft9nm6W_e7qaKkr9JgSQHvFjZeFW7N",
        token_type: "bearer",
        expires_at: "2026-12-30T15:04:05Z",
        merchant_id: "DM7VKY8Q63GNP",
        refresh_token: "EQAAEOmmGl6bvUp4jVFIsJe5tA1gSdl1uDrxNe4Oo8gnTyWNB6zSGNY5aDvTWiq5",
        short_lived: false,
      },
      expect: { merchant_id: "DM7VKY8Q63GNP", short_lived: false },
    },
    profile: {
      url: "https://connect.squareup.com/v2/merchants/me",
      answer: {
        merchant: {
          id: "DM7VKY8Q63GNP",
          business_name: "Apple A Day",
          country: "US",
          language_code: "en-US",
          currency: "USD",
          status: "ACTIVE",
          main_location_id: "9A65CGC72ZQG1",
          created_at: "2021-12-10T19:25:52.484Z",
        },
      },
      expected: { id: "DM7VKY8Q63GNP", name: "Apple A Day" },
    },
  },
];
