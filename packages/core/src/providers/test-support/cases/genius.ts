// Genius: the provider's documented behaviour.
import { genius } from "../../genius.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: genius,
    authorize: {
      url: "https://api.genius.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "me" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.genius.com/oauth/token",
      auth: "post",
      params: { response_type: "code" },
      // Only the token.
      answer: { access_token: "kL2p7YxF3qHbT9sW0mNcR4vJ8eUaZ1dG" },
      expect: { access_token: "kL2p7YxF3qHbT9sW0mNcR4vJ8eUaZ1dG", token_type: "bearer" },
    },
    profile: {
      url: "https://api.genius.com/account",
      answer: {
        meta: { status: 200 },
        response: {
          user: {
            id: 1,
            login: "Genius",
            name: "Genius",
            email: "genius@example.com",
            avatar: {
              tiny: { url: "https://images.genius.com/avatars/tiny/1.jpg" },
              medium: { url: "https://images.genius.com/avatars/medium/1.jpg" },
            },
            iq: 42000,
          },
        },
      },
      expected: {
        id: 1,
        name: "Genius",
        email: "genius@example.com",
        avatarUrl: "https://images.genius.com/avatars/medium/1.jpg",
      },
    },
  },
];
