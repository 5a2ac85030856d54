// Osso: the provider's documented behaviour.
import { osso } from "../../osso.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: osso,
    options: { instanceUrl: "https://osso.example.com" },
    authorize: {
      url: "https://osso.example.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { domain: "foo.com" }, params: { domain: "foo.com" } }],
    token: {
      url: "https://osso.example.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "MbeUHUJ6uGpzQqpUXBEjr3Wn0xDJHq8mPW2GKPkhhkY",
        token_type: "Bearer",
        expires_in: 600,
        created_at: 1607100000,
      },
      expect: { access_token: "MbeUHUJ6uGpzQqpUXBEjr3Wn0xDJHq8mPW2GKPkhhkY" },
    },
    profile: {
      url: "https://osso.example.com/oauth/me",
      answer: {
        email: "user@foo.com",
        id: "2c9a4f3e-7f0b-4f2c-9a1d-3b5c7d9e1f20",
        idp: "Okta",
        requested: { domain: "foo.com" },
      },
      expected: { id: "2c9a4f3e-7f0b-4f2c-9a1d-3b5c7d9e1f20", email: "user@foo.com" },
    },
  },
];
