// Linear: the provider's documented behaviour.
import { linear } from "../../linear.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: linear,
    options: { scope: ["read", "write"] },
    authorize: {
      url: "https://linear.app/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read,write" },
      pkce: true,
      nonce: false,
    },
    variants: [
      { options: { actor: "app" }, params: { actor: "app" } },
      { options: { repromptConsent: true }, params: { prompt: "consent" } },
    ],
    token: {
      url: "https://api.linear.app/oauth/token",
      auth: "post",
      // Linear answers the scope as a list.
      answer: {
        access_token: "00a21d8b0c4e2375114e49c067dfb81eb0d2076f48354714cd5df984d87b67cc",
        token_type: "Bearer",
        expires_in: 315705599,
        scope: ["read", "write"],
      },
      expect: { scope: "read write" },
    },
    profile: {
      url: "https://api.linear.app/graphql",
      method: "POST",
      answer: {
        data: {
          viewer: {
            id: "2b1f64b1-7b6a-4c3e-9c8d-0a1b2c3d4e5f",
            name: "Karri",
            email: "karri@example.com",
            avatarUrl: null,
          },
        },
      },
      expected: { id: "2b1f64b1-7b6a-4c3e-9c8d-0a1b2c3d4e5f", name: "Karri", email: "karri@example.com" },
    },
  },
];
