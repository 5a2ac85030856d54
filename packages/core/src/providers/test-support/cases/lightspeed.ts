// Lightspeed Retail: the provider's documented behaviour.
import { lightspeed } from "../../lightspeed.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: lightspeed,
    authorize: {
      url: "https://cloud.lightspeedapp.com/auth/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "employee:all" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://cloud.lightspeedapp.com/auth/oauth/token",
      auth: "post",
      answer: {
        access_token: "def50200a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8",
        expires_in: 3600,
        token_type: "bearer",
        scope: "employee:all systemuserid:123456",
        refresh_token: "def50200f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1",
      },
      expect: { scope: "employee:all systemuserid:123456" },
    },
    profile: {
      url: "https://api.lightspeedapp.com/API/V3/Account.json",
      answer: {
        "@attributes": { count: "1" },
        Account: {
          accountID: "12345",
          name: "Example Bike Shop",
          link: { "@attributes": { href: "/API/V3/Account/12345" } },
        },
      },
      expected: { id: "12345", name: "Example Bike Shop" },
    },
  },
];
