// Suunto: the provider's documented behaviour.
import { suunto } from "../../suunto.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: suunto,
    options: { subscriptionKey: "0123456789abcdef0123456789abcdef" },
    authorize: {
      url: "https://cloudapi-oauth.suunto.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://cloudapi-oauth.suunto.com/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiam9obmRvZSJ9.c2ln",
        token_type: "bearer",
        refresh_token: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdGkiOiJhIn0.c2ln",
        expires_in: 86399,
        scope: "workout",
        user: "johndoe",
        jti: "a4b7c1d2-3e4f-5a6b-7c8d-9e0f1a2b3c4d",
      },
      expect: { user: "johndoe", scope: "workout" },
    },
    profile: { expected: { id: "johndoe", name: "johndoe" } },
  },
];
