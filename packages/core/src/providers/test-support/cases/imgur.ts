// Imgur: the provider's documented behaviour.
import { imgur } from "../../imgur.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: imgur,
    authorize: {
      url: "https://api.imgur.com/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.imgur.com/oauth2/token",
      auth: "post",
      // The account rides along, and a `"scope": null` that the token processing drops.
      answer: {
        access_token: "9f1e5c2a7d3b4e6f8a0b1c2d3e4f5a6b7c8d9e0f",
        expires_in: 315360000,
        token_type: "bearer",
        scope: null,
        refresh_token: "f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1",
        account_id: 384077,
        account_username: "joshTest",
      },
      expect: { account_id: 384077, account_username: "joshTest" },
    },
    profile: {
      url: "https://api.imgur.com/3/account/me",
      answer: {
        data: {
          id: 384077,
          url: "joshTest",
          bio: "A real hoot",
          avatar: "https://i.imgur.com/joshTest_d.png",
          reputation: 15303.84,
          created: 1376951504,
          pro_expiration: false,
        },
        success: true,
        status: 200,
      },
      expected: { id: 384077, name: "joshTest", avatarUrl: "https://i.imgur.com/joshTest_d.png" },
    },
  },
];
