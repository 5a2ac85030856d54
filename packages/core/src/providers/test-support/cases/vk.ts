// VK: the provider's documented behaviour.
import { vk } from "../../vk.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: vk,
    options: { scope: ["email"] },
    authorize: {
      url: "https://oauth.vk.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "email", v: "5.199" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://oauth.vk.com/access_token",
      method: "GET",
      format: "query",
      auth: "post",
      answer: {
        access_token: "533bacf01e11f55b536a565b57531ac114461ae8736d6506a3",
        expires_in: 43200,
        user_id: 66748,
        email: "ivan@example.com",
      },
      expect: { user_id: 66748, email: "ivan@example.com", token_type: "bearer" },
    },
    profile: {
      url: "https://api.vk.com/method/users.get?fields=photo_100&v=5.199",
      auth: { query: "access_token" },
      answer: {
        response: [
          {
            id: 66748,
            first_name: "Ivan",
            last_name: "Ivanov",
            photo_100: "https://sun1-1.userapi.com/s/v1/ig2/photo.jpg",
          },
        ],
      },
      expected: {
        id: 66748,
        name: "Ivan Ivanov",
        email: "ivan@example.com",
        avatarUrl: "https://sun1-1.userapi.com/s/v1/ig2/photo.jpg",
      },
    },
  },
];
