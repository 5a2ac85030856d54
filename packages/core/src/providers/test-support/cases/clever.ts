// Clever: the provider's documented behaviour.
import { clever } from "../../clever.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: clever,
    authorize: {
      url: "https://clever.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [
      {
        options: { district: "5b2ad81a709e300001e2cd7a" },
        params: { district_id: "5b2ad81a709e300001e2cd7a" },
      },
    ],
    token: {
      url: "https://clever.com/oauth/tokens",
      auth: "basic",
      answer: { access_token: "il5f8eda1a1bf7b2c0ea02b0d1e1e3e5f2e6b1a3c", token_type: "bearer" },
      expect: { access_token: "il5f8eda1a1bf7b2c0ea02b0d1e1e3e5f2e6b1a3c" },
    },
    profile: {
      url: "https://api.clever.com/v3.0/me",
      answer: {
        type: "user",
        data: {
          id: "5b2ad81a709e300001e2cd7b",
          district: "5b2ad81a709e300001e2cd7a",
          type: "user",
          authorized_by: "district",
        },
        links: [
          { rel: "self", uri: "/v3.0/me" },
          { rel: "canonical", uri: "/v3.0/users/5b2ad81a709e300001e2cd7b" },
          { rel: "district", uri: "/v3.0/districts/5b2ad81a709e300001e2cd7a" },
        ],
      },
      expected: { id: "5b2ad81a709e300001e2cd7b" },
    },
  },
];
