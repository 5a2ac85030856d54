// Xero: the provider's documented behaviour.
import { xero } from "../../xero.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: xero,
    options: { scope: ["openid", "profile", "email", "offline_access", "accounting.transactions"] },
    authorize: {
      url: "https://login.xero.com/identity/connect/authorize",
      params: {
        client_id: CLIENT_ID,
        response_type: "code",
        scope: "openid profile email offline_access accounting.transactions",
      },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://identity.xero.com/connect/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsImtpZCI6IjFDQUY4RTY2NzcyRDZEQzAyOEQ2NzI2RkQwMjYxNTgxNTcwRUZDMTki",
        expires_in: 1800,
        token_type: "Bearer",
        refresh_token: "3d4f5b6a7c8e9d0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f",
        scope: "openid profile email accounting.transactions offline_access",
      },
      idToken: {
        iss: "https://identity.xero.com",
        sub: "a3a4dbafh3495a808ed7a7b964388f53",
        auth_time: 1589361892,
        xero_userid: "1945393b-6eb7-4143-b083-7ab26cd7690b",
        global_session_id: "ac2202575e824af3a181c50fcaa65c3c",
        preferred_username: "jane.doe@example.com",
        email: "jane.doe@example.com",
        given_name: "Jane",
        family_name: "Doe",
        amr: ["ledger"],
      },
      expect: { refresh_token: "3d4f5b6a7c8e9d0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f" },
    },
    profile: {
      expected: {
        id: "1945393b-6eb7-4143-b083-7ab26cd7690b",
        name: "Jane Doe",
        email: "jane.doe@example.com",
      },
    },
  },
];
