// Inoreader: the provider's documented behaviour.
import { inoreader } from "../../inoreader.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: inoreader,
    authorize: {
      url: "https://www.inoreader.com/oauth2/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "read" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://www.inoreader.com/oauth2/token",
      auth: "post",
      answer: {
        access_token: "a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2",
        token_type: "Bearer",
        expires_in: 3600,
        refresh_token: "c1d2e3f4a5b6c7d8e9f0a1b2a3b4c5d6e7f8a9b0",
        scope: "read",
      },
      expect: { refresh_token: "c1d2e3f4a5b6c7d8e9f0a1b2a3b4c5d6e7f8a9b0", scope: "read" },
    },
    profile: {
      url: "https://www.inoreader.com/reader/api/0/user-info",
      answer: {
        userId: "1001921515",
        userName: "jacket",
        userProfileId: "1001921515",
        userEmail: "jacket@inoreader.com",
        isBloggerUser: false,
        signupTimeSec: 1163850832,
        isMultiLoginEnabled: false,
      },
      expected: { id: "1001921515", name: "jacket", email: "jacket@inoreader.com" },
    },
  },
];
