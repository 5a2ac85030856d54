// monday.com: the provider's documented behaviour.
import { monday } from "../../monday.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: monday,
    authorize: {
      url: "https://auth.monday.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "me:read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth.monday.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOjEyMzQ1Njc4OX0.monday",
        token_type: "Bearer",
        scope: "me:read boards:read",
      },
      expect: { scope: "me:read boards:read" },
    },
    profile: {
      url: "https://api.monday.com/v2",
      method: "POST",
      answer: {
        data: {
          me: {
            id: "12345678",
            name: "Dana Monday",
            email: "dana@example.com",
            photo_thumb: "https://files.monday.com/photos/12345678/thumb/12345678-user.png",
          },
        },
        account_id: 9876543,
      },
      expected: {
        id: "12345678",
        name: "Dana Monday",
        email: "dana@example.com",
        avatarUrl: "https://files.monday.com/photos/12345678/thumb/12345678-user.png",
      },
    },
  },
];
