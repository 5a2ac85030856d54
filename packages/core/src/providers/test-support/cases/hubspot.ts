// HubSpot: the provider's documented behaviour.
import { hubspot } from "../../hubspot.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: hubspot,
    authorize: {
      url: "https://app.hubspot.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "oauth" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { optionalScope: ["automation"] }, params: { optional_scope: "automation" } }],
    token: {
      url: "https://api.hubapi.com/oauth/v1/token",
      auth: "post",
      answer: {
        token_type: "bearer",
        refresh_token: "1e8fbfb1-8e96-4826-8b8d-c8af73715",
        access_token: "CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
        expires_in: 1800,
      },
      expect: { refresh_token: "1e8fbfb1-8e96-4826-8b8d-c8af73715" },
    },
    profile: {
      url: "https://api.hubapi.com/oauth/v1/access-tokens/CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
      answer: {
        token: "CIrToaiiMhIHAAEAQAAAARiO1ooBIOP0sgE",
        user: "test@hubspot.com",
        hub_domain: "demo.hubapi.com",
        scopes: ["oauth"],
        hub_id: 62515,
        app_id: 456,
        expires_in: 21588,
        user_id: 123,
        token_type: "access",
      },
      expected: { id: 123, email: "test@hubspot.com" },
    },
  },
];
