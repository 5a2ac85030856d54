// Airtable: the provider's documented behaviour.
import { airtable } from "../../airtable.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: airtable,
    authorize: {
      url: "https://airtable.com/oauth2/v1/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user.email:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://airtable.com/oauth2/v1/token",
      auth: "basic",
      answer: {
        access_token: "oaaJ2dWhPZBw0TNf4.v1.eyJ1c2VySWQiOiJ1c3JMMlBOQzVvM0g0bEJFaSJ9.access",
        refresh_token: "oaaJ2dWhPZBw0TNf4.v1.refresh.eyJ1c2VySWQiOiJ1c3JMMlBOQzVvM0g0bEJFaSJ9",
        token_type: "Bearer",
        scope: "user.email:read",
        expires_in: 3600,
        refresh_expires_in: 5184000,
      },
      expect: {
        refresh_token: "oaaJ2dWhPZBw0TNf4.v1.refresh.eyJ1c2VySWQiOiJ1c3JMMlBOQzVvM0g0bEJFaSJ9",
        refresh_expires_in: 5184000,
      },
    },
    profile: {
      url: "https://api.airtable.com/v0/meta/whoami",
      answer: { id: "usrL2PNC5o3H4lBEi", email: "foo@bar.com", scopes: ["user.email:read"] },
      expected: { id: "usrL2PNC5o3H4lBEi", email: "foo@bar.com" },
    },
  },
];
