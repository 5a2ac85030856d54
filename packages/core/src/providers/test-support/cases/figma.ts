// Figma: the provider's documented behaviour.
import { figma } from "../../figma.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: figma,
    authorize: {
      url: "https://www.figma.com/oauth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "current_user:read" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.figma.com/v1/oauth/token",
      auth: "basic",
      answer: {
        user_id_string: "1234567890",
        access_token: "figu_abc",
        token_type: "bearer",
        refresh_token: "figr_def",
        expires_in: 7776000,
      },
      expect: { user_id_string: "1234567890" },
    },
    profile: {
      url: "https://api.figma.com/v1/me",
      answer: {
        id: "1234567890",
        handle: "Dana",
        email: "dana@example.com",
        img_url: "https://s3-alpha.figma.com/profile/dana.png",
      },
      expected: {
        id: "1234567890",
        name: "Dana",
        email: "dana@example.com",
        avatarUrl: "https://s3-alpha.figma.com/profile/dana.png",
      },
    },
  },
];
