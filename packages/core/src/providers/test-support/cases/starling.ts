// Starling Bank: the provider's documented behaviour.
import { starling } from "../../starling.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

const TOKEN = {
  access_token: "eyJhbGciOiJQUzI1NiIsInppcCI6IkdaSVAifQ.starling-at",
  refresh_token: "eyJhbGciOiJQUzI1NiIsInppcCI6IkdaSVAifQ.starling-rt",
  token_type: "Bearer",
  expires_in: 86400,
  scope: "account:read balance:read transaction:read",
};

const PROFILE = {
  answer: {
    accountHolderUid: "6a6b1d5e-0f4c-4b2a-9e1d-3c2b1a0f9e8d",
    expiresAt: "2026-12-05T10:00:00.000Z",
    authenticated: true,
    expiresInSeconds: 86400,
    scopes: ["account:read", "balance:read", "transaction:read"],
  },
  expected: { id: "6a6b1d5e-0f4c-4b2a-9e1d-3c2b1a0f9e8d" },
};

export const CASES: PresetCase[] = [
  {
    preset: starling,
    authorize: {
      url: "https://oauth.starlingbank.com/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.starlingbank.com/oauth/access-token",
      auth: "post",
      answer: TOKEN,
      expect: { refresh_token: TOKEN.refresh_token },
    },
    profile: { url: "https://api.starlingbank.com/api/v2/identity/token", ...PROFILE },
  },
  {
    title: "Starling Bank (sandbox)",
    preset: starling,
    options: { sandbox: true },
    authorize: {
      url: "https://oauth-sandbox.starlingbank.com/",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api-sandbox.starlingbank.com/oauth/access-token",
      auth: "post",
      answer: TOKEN,
      expect: { scope: TOKEN.scope },
    },
    profile: { url: "https://api-sandbox.starlingbank.com/api/v2/identity/token", ...PROFILE },
  },
];
