// Atlassian, one of Flask-Dance's presets: the provider's documented behaviour.
import { atlassian } from "../../atlassian.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: atlassian,
    authorize: {
      url: "https://auth.atlassian.com/authorize",
      params: {
        audience: "api.atlassian.com",
        client_id: CLIENT_ID,
        scope: "read:me",
        response_type: "code",
        prompt: "consent",
      },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://auth.atlassian.com/oauth/token",
      format: "json",
      auth: "post",
      // The documented answer has no token type.
      answer: {
        access_token: "eyJraWQiOiJhdGxhc3NpYW4",
        expires_in: 3600,
        scope: "read:me offline_access",
        refresh_token: "rt-atl",
      },
      expect: { access_token: "eyJraWQiOiJhdGxhc3NpYW4", token_type: "bearer", refresh_token: "rt-atl" },
    },
    profile: {
      url: "https://api.atlassian.com/me",
      answer: {
        account_type: "atlassian",
        account_id: "112233:aaaa-bbbb-cccc",
        email: "mia@example.com",
        name: "Mia Krystof",
        picture: "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/112233/avatar.png",
        account_status: "active",
        nickname: "mkrystof",
      },
      expected: {
        id: "112233:aaaa-bbbb-cccc",
        name: "Mia Krystof",
        email: "mia@example.com",
        avatarUrl: "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/112233/avatar.png",
      },
    },
  },
];
