// Spotify, one of Flask-Dance's presets: the provider's documented behaviour.
import { spotify } from "../../spotify.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: spotify,
    authorize: {
      url: "https://accounts.spotify.com/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    variants: [{ options: { showDialog: true }, params: { show_dialog: "true" } }],
    token: {
      url: "https://accounts.spotify.com/api/token",
      auth: "basic",
      answer: {
        access_token: "NgCXRKc...MzYjw",
        token_type: "Bearer",
        scope: "user-read-private user-read-email",
        expires_in: 3600,
        refresh_token: "NgAagA...Um_SHo",
      },
      expect: { refresh_token: "NgAagA...Um_SHo" },
    },
    profile: {
      url: "https://api.spotify.com/v1/me",
      answer: {
        country: "SE",
        display_name: "JM Wizzler",
        email: "email@example.com",
        id: "wizzler",
        images: [
          {
            height: 300,
            url: "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228",
            width: 300,
          },
        ],
        product: "premium",
        type: "user",
      },
      expected: {
        id: "wizzler",
        name: "JM Wizzler",
        email: "email@example.com",
        avatarUrl: "https://i.scdn.co/image/ab67616d00001e02ff9ca10b55ce82ae553c8228",
      },
    },
  },
];
