// Threads: the provider's documented behaviour.
import { threads } from "../../threads.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: threads,
    options: { scope: ["threads_basic", "threads_content_publish"] },
    authorize: {
      url: "https://threads.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "threads_basic,threads_content_publish" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://graph.threads.com/oauth/access_token",
      auth: "post",
      // No token type, no expiry, and the user's id.
      answer: { access_token: "THQVJ1a2b3c4d5e6f7g8h9", user_id: "1234567" },
      expect: { access_token: "THQVJ1a2b3c4d5e6f7g8h9", user_id: "1234567", token_type: "bearer" },
    },
    profile: {
      url: "https://graph.threads.com/v1.0/me?fields=id,username,name,threads_profile_picture_url",
      auth: { query: "access_token" },
      answer: {
        id: "1234567",
        username: "threadsapitestuser",
        name: "Threads API Test User",
        threads_profile_picture_url:
          "https://scontent-sjc3-1.cdninstagram.com/link/to/profile/picture/on/threads/",
      },
      expected: {
        id: "1234567",
        name: "Threads API Test User",
        avatarUrl: "https://scontent-sjc3-1.cdninstagram.com/link/to/profile/picture/on/threads/",
      },
    },
  },
];
