// Front: the provider's documented behaviour.
import { front } from "../../front.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: front,
    authorize: {
      url: "https://app.frontapp.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://app.frontapp.com/oauth/token",
      auth: "basic",
      // A timestamp instead of a lifetime.
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiJ9.front-access",
        refresh_token: "eyJhbGciOiJIUzI1NiJ9.front-refresh",
        expires_at: 4102444800,
        token_type: "Bearer",
      },
      expect: { refresh_token: "eyJhbGciOiJIUzI1NiJ9.front-refresh", expires_at: 4102444800 },
    },
    profile: {
      url: "https://api2.frontapp.com/me",
      answer: { _links: { self: "https://api2.frontapp.com/me" }, name: "Galactic Empire", id: "cmp_123" },
      expected: { id: "cmp_123", name: "Galactic Empire" },
    },
  },
];
