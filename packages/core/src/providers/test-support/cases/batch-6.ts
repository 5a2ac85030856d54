// Documented behaviours, sixth batch: Epic Games, osu!, Dribbble, Kick, Vercel and any OpenID Connect issuer.
import { expect } from "vitest";
import { dribbble } from "../../dribbble.js";
import { epicgames } from "../../epicgames.js";
import { kick } from "../../kick.js";
import { oidc } from "../../oidc.js";
import { osu } from "../../osu.js";
import { vercel } from "../../vercel.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const BATCH_6: PresetCase[] = [
  {
    preset: epicgames,
    authorize: {
      url: "https://www.epicgames.com/id/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "basic_profile" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://api.epicgames.dev/epic/oauth/v2/token",
      auth: "basic",
      // Epic's `expires_at` is an ISO date; the stored one is recomputed from `expires_in`.
      answer: {
        scope: "basic_profile",
        token_type: "bearer",
        access_token:
          "eg1~eyJraWQiOiJ0RkMyVUloRnBUTV9FYTNxY09kX01xUVQxY0JCbTlrRkxTRGZlSmhzUkc4IiwiYWxnIjoiUFMyNTYifQ",
        expires_in: 7200,
        expires_at: "2024-05-01T20:00:00.000Z",
        refresh_token: "eg1~refresh",
        refresh_expires_in: 28800,
        account_id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b",
        client_id: CLIENT_ID,
        application_id: "fghi4567FNFBKFz3E4TROb0bmPS8h1GW",
      },
      expect: { account_id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", expires_at: expect.any(Number) },
    },
    profile: {
      url: "https://api.epicgames.dev/epic/id/v2/accounts?accountId=d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b",
      answer: [
        { accountId: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", displayName: "Jinx", preferredLanguage: "en" },
      ],
      expected: { id: "d5d8e9b0c3a84b0e8a0b1d4d5e6f7a8b", name: "Jinx" },
    },
  },
  {
    preset: osu,
    authorize: {
      url: "https://osu.ppy.sh/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "identify" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://osu.ppy.sh/oauth/token",
      auth: "post",
      answer: {
        token_type: "Bearer",
        expires_in: 86400,
        access_token: "verylongstring",
        refresh_token: "anotherlongstring",
      },
      expect: { refresh_token: "anotherlongstring" },
    },
    profile: {
      url: "https://osu.ppy.sh/api/v2/me",
      answer: {
        id: 2,
        username: "peppy",
        avatar_url: "https://a.ppy.sh/2?1519081077.png",
        country_code: "AU",
      },
      expected: { id: 2, name: "peppy", avatarUrl: "https://a.ppy.sh/2?1519081077.png" },
    },
  },
  {
    preset: dribbble,
    authorize: {
      url: "https://dribbble.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "public" },
      pkce: false,
      nonce: false,
    },
    token: {
      url: "https://dribbble.com/oauth/token",
      auth: "post",
      answer: {
        access_token: "29ed478ab86c07f1c069b1af76088f7431396b7c4a2523d06911345da82224a0",
        token_type: "bearer",
        scope: "public",
        created_at: 1439591829,
      },
      expect: { created_at: 1439591829 },
    },
    profile: {
      url: "https://api.dribbble.com/v2/user",
      answer: {
        id: 1,
        name: "Dan Cederholm",
        login: "simplebits",
        avatar_url: "https://cdn.dribbble.com/users/1/avatars/normal/dc.jpg",
      },
      expected: {
        id: 1,
        name: "Dan Cederholm",
        avatarUrl: "https://cdn.dribbble.com/users/1/avatars/normal/dc.jpg",
      },
    },
  },
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
  {
    preset: vercel,
    authorize: {
      url: "https://vercel.com/oauth/authorize",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://api.vercel.com/login/oauth/token",
      auth: "post",
      answer: {
        access_token: "vca_at",
        token_type: "Bearer",
        expires_in: 3600,
        scope: "openid email profile",
      },
      idToken: {
        iss: "https://vercel.com",
        sub: "8kxLwPDPpQvJzDWeXbTzwz1r",
        name: "Guillermo",
        preferred_username: "rauchg",
        email: "g@example.com",
        email_verified: true,
        picture: "https://vercel.com/api/www/avatar/8kxLwPDPpQvJzDWeXbTzwz1r",
      },
      expect: { access_token: "vca_at" },
    },
    profile: {
      expected: {
        id: "8kxLwPDPpQvJzDWeXbTzwz1r",
        name: "Guillermo",
        email: "g@example.com",
        emailVerified: true,
        avatarUrl: "https://vercel.com/api/www/avatar/8kxLwPDPpQvJzDWeXbTzwz1r",
      },
    },
  },
  {
    preset: oidc,
    options: { issuer: "https://id.example.com" },
    discovery: {
      url: "https://id.example.com/.well-known/openid-configuration",
      document: {
        issuer: "https://id.example.com",
        authorization_endpoint: "https://id.example.com/auth",
        token_endpoint: "https://id.example.com/token",
        userinfo_endpoint: "https://id.example.com/me",
        jwks_uri: "https://id.example.com/jwks",
        token_endpoint_auth_methods_supported: ["client_secret_basic"],
        code_challenge_methods_supported: ["S256"],
      },
    },
    authorize: {
      url: "https://id.example.com/auth",
      params: { client_id: CLIENT_ID, response_type: "code", scope: "openid email profile" },
      pkce: true,
      nonce: true,
    },
    token: {
      url: "https://id.example.com/token",
      auth: "basic",
      answer: { access_token: "oidc-at", token_type: "Bearer", expires_in: 3600, refresh_token: "oidc-rt" },
      idToken: {
        iss: "https://id.example.com",
        sub: "user-42",
        name: "Grace Hopper",
        email: "grace@example.com",
        email_verified: false,
      },
      expect: { refresh_token: "oidc-rt" },
    },
    profile: {
      expected: { id: "user-42", name: "Grace Hopper", email: "grace@example.com", emailVerified: false },
    },
  },
];
