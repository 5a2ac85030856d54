// Zoom: the provider's documented behaviour.
import { zoom } from "../../zoom.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: zoom,
    authorize: {
      url: "https://zoom.us/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://zoom.us/oauth/token",
      auth: "basic",
      answer: {
        access_token: "eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJraWQiOiI8S0lEPiJ9",
        token_type: "bearer",
        refresh_token: "eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJraWQiOiI8S0lEPiJ9.r",
        expires_in: 3599,
        scope: "user:read:admin",
        api_url: "https://api.zoom.us",
      },
      expect: { api_url: "https://api.zoom.us" },
    },
    profile: {
      url: "https://api.zoom.us/v2/users/me",
      answer: {
        id: "KDcuGIm1QgePTO8WbOqwIQ",
        first_name: "Jill",
        last_name: "Chill",
        display_name: "Jill Chill",
        email: "jchill@example.com",
        type: 1,
        pic_url: "https://example.com/photo.jpg",
        verified: 1,
      },
      expected: {
        id: "KDcuGIm1QgePTO8WbOqwIQ",
        name: "Jill Chill",
        email: "jchill@example.com",
        emailVerified: true,
        avatarUrl: "https://example.com/photo.jpg",
      },
    },
  },
];
