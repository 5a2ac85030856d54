// Twitch, one of Flask-Dance's presets: the provider's documented behaviour.
import { twitch } from "../../twitch.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: twitch,
    authorize: {
      url: "https://id.twitch.tv/oauth2/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "user:read:email" },
      pkce: false,
      nonce: false,
    },
    variants: [{ options: { forceVerify: true }, params: { force_verify: "true" } }],
    token: {
      url: "https://id.twitch.tv/oauth2/token",
      auth: "post",
      // Twitch answers the scope as a list.
      answer: {
        access_token: "rfx2uswqe8l4g1mkagrvg5tv0ks3",
        expires_in: 14124,
        refresh_token: "5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01",
        scope: ["channel:moderate", "chat:edit", "chat:read"],
        token_type: "bearer",
      },
      expect: { scope: "channel:moderate chat:edit chat:read" },
    },
    profile: {
      url: "https://api.twitch.tv/helix/users",
      headers: { "client-id": CLIENT_ID },
      answer: {
        data: [
          {
            id: "141981764",
            login: "twitchdev",
            display_name: "TwitchDev",
            type: "",
            broadcaster_type: "partner",
            profile_image_url:
              "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-profile_image-300x300.png",
            email: "not-real@email.com",
          },
        ],
      },
      expected: {
        id: "141981764",
        name: "TwitchDev",
        email: "not-real@email.com",
        avatarUrl:
          "https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-profile_image-300x300.png",
      },
    },
  },
];
