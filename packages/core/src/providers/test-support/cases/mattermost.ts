// Mattermost: the provider's documented behaviour.
import { mattermost } from "../../mattermost.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mattermost,
    options: { siteUrl: "https://chat.example.com" },
    authorize: {
      url: "https://chat.example.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://chat.example.com/oauth/access_token",
      auth: "post",
      answer: {
        access_token: "ei4u4nmbrifh7mfjpb6ptqqq7a",
        token_type: "bearer",
        expires_in: 2592000,
        scope: "user",
        refresh_token: "dwcpz1zpbfby7exj5gm8p4ta4c",
      },
      expect: { refresh_token: "dwcpz1zpbfby7exj5gm8p4ta4c", scope: "user" },
    },
    profile: {
      url: "https://chat.example.com/api/v4/users/me",
      answer: {
        id: "6k1md4ygb7rgbqiz1m7y3a3zrh",
        create_at: 1511990839000,
        username: "jdoe",
        email: "jdoe@example.com",
        email_verified: true,
        nickname: "",
        first_name: "Jane",
        last_name: "Doe",
        roles: "system_user",
      },
      expected: {
        id: "6k1md4ygb7rgbqiz1m7y3a3zrh",
        name: "Jane Doe",
        email: "jdoe@example.com",
        emailVerified: true,
      },
    },
  },
];
