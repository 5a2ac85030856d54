// Kick: the provider's documented behaviour.
import { kick } from "../../kick.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: kick,
    authorize: {
      url: "https://id.kick.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://id.kick.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "kick-at",
        token_type: "Bearer",
        refresh_token: "kick-rt",
        expires_in: 7200,
        scope: "user:read",
      },
      expect: { refresh_token: "kick-rt" },
    },
    profile: {
      url: "https://api.kick.com/public/v1/users",
      answer: {
        data: [
          {
            user_id: 4377088,
            name: "streamer",
            email: "streamer@example.com",
            profile_picture:
              "https://files.kick.com/images/user/4377088/profile_image/conversion/streamer.webp",
          },
        ],
        message: "OK",
      },
      expected: {
        id: 4377088,
        name: "streamer",
        email: "streamer@example.com",
        avatarUrl: "https://files.kick.com/images/user/4377088/profile_image/conversion/streamer.webp",
      },
    },
  },
];
