// Unsplash: the provider's documented behaviour.
import { unsplash } from "../../unsplash.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: unsplash,
    authorize: {
      url: "https://unsplash.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public read_user" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://unsplash.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "091343ce13c8ae780065ecb3b13dc903475dd22cb78a05503c2e0c69c5e98044",
        token_type: "bearer",
        scope: "public read_user",
        created_at: 1436544465,
      },
      expect: { created_at: 1436544465, scope: "public read_user" },
    },
    profile: {
      url: "https://api.unsplash.com/me",
      headers: { "accept-version": "v1" },
      answer: {
        id: "pXhwzz1JtQU",
        updated_at: "2016-07-10T11:00:01-05:00",
        username: "jimmyexample",
        first_name: "James",
        last_name: "Example",
        name: "James Example",
        email: "jim@example.com",
        profile_image: {
          small: "https://images.unsplash.com/profile-1441298102341-b7ba36fdc35c?w=32&h=32",
          medium: "https://images.unsplash.com/profile-1441298102341-b7ba36fdc35c?w=64&h=64",
          large: "https://images.unsplash.com/profile-1441298102341-b7ba36fdc35c?w=128&h=128",
        },
      },
      expected: {
        id: "pXhwzz1JtQU",
        name: "James Example",
        email: "jim@example.com",
        avatarUrl: "https://images.unsplash.com/profile-1441298102341-b7ba36fdc35c?w=128&h=128",
      },
    },
  },
];
