// GitLab, one of Flask-Dance's presets: the provider's documented behaviour.
import { gitlab } from "../../gitlab.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: gitlab,
    authorize: {
      url: "https://gitlab.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read_user" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://gitlab.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "de6780bc506a0446309bd9362820ba8aed28aa506c71eedbe1c5c4f9dd350e54",
        token_type: "bearer",
        expires_in: 7200,
        refresh_token: "8257e65c97202ed1726cf9571600918f3bffb2544b26e00a61df9897668c33a1",
        created_at: 1607635748,
      },
      expect: {
        refresh_token: "8257e65c97202ed1726cf9571600918f3bffb2544b26e00a61df9897668c33a1",
        created_at: 1607635748,
      },
    },
    profile: {
      url: "https://gitlab.com/api/v4/user",
      answer: {
        id: 1,
        username: "john_smith",
        email: "john@example.com",
        name: "John Smith",
        state: "active",
        avatar_url: "http://localhost:3000/uploads/user/avatar/1/index.jpg",
      },
      expected: {
        id: 1,
        name: "John Smith",
        email: "john@example.com",
        avatarUrl: "http://localhost:3000/uploads/user/avatar/1/index.jpg",
      },
    },
  },
];
