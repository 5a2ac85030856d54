// ClickUp: the provider's documented behaviour.
import { clickup } from "../../clickup.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: clickup,
    authorize: {
      url: "https://app.clickup.com/api",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.clickup.com/api/v2/oauth/token",
      auth: "post",
      // The documented answer is the token alone.
      answer: { access_token: "12345678_8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b" },
      expect: { access_token: "12345678_8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b", token_type: "bearer" },
    },
    profile: {
      url: "https://api.clickup.com/api/v2/user",
      answer: {
        user: {
          id: 123,
          username: "John Doe",
          email: "johndoe@example.com",
          color: "#000000",
          profilePicture: "https://clickup.com/avatar.jpg",
        },
      },
      expected: {
        id: 123,
        name: "John Doe",
        email: "johndoe@example.com",
        avatarUrl: "https://clickup.com/avatar.jpg",
      },
    },
  },
];
