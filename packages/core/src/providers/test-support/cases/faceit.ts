// FACEIT: the provider's documented behaviour.
import { faceit } from "../../faceit.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: faceit,
    authorize: {
      url: "https://accounts.faceit.com/",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.faceit.com/auth/v1/oauth/token",
      auth: "basic",
      answer: {
        access_token: "1b2e5c8d-7f3a-4d1e-9a6b-3c4d5e6f7a8b",
        token_type: "bearer",
        refresh_token: "5e6f7a8b-1b2e-4c8d-9a6b-7f3a4d1e3c4d",
        expires_in: 86399,
        scope: "openid email profile",
      },
      expect: { refresh_token: "5e6f7a8b-1b2e-4c8d-9a6b-7f3a4d1e3c4d", scope: "openid email profile" },
    },
    profile: {
      url: "https://api.faceit.com/auth/v1/resources/userinfo",
      answer: {
        guid: "5ea07280-2399-4c7e-88ab-f2f7db0c449f",
        nickname: "player1",
        email: "player1@example.com",
        membership: "free",
        locale: "en",
        picture: "https://assets.faceit-cdn.net/avatars/5ea07280-2399-4c7e-88ab-f2f7db0c449f.jpg",
      },
      expected: {
        id: "5ea07280-2399-4c7e-88ab-f2f7db0c449f",
        name: "player1",
        email: "player1@example.com",
        avatarUrl: "https://assets.faceit-cdn.net/avatars/5ea07280-2399-4c7e-88ab-f2f7db0c449f.jpg",
      },
    },
  },
];
