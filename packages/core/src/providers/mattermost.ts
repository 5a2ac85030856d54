// Mattermost (any server, as OAuth 2.0 service provider): credentials in the body, PKCE, the API v4 user.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface MattermostOptions {
  /** The server's site URL: `https://chat.example.com` (or `https://example.cloud.mattermost.com`). */
  siteUrl: string;
}

/** Mattermost's `GET /api/v4/users/me`. */
export interface MattermostProfile {
  id: string;
  username: string;
  email?: string;
  email_verified?: boolean;
  first_name?: string;
  last_name?: string;
  nickname?: string;
  [field: string]: unknown;
}

/**
 * Mattermost. The server must have OAuth 2.0 service provider turned on. Public clients (no secret) must use
 * PKCE and get no refresh token. Without `clientId`, reads `MATTERMOST_CLIENT_ID` / `MATTERMOST_CLIENT_SECRET`
 * from the config source.
 *
 * @example mattermost({ siteUrl: "https://chat.example.com", clientId, clientSecret })
 */
export const mattermost = oauth2Preset<MattermostOptions, MattermostProfile>({
  id: "mattermost",
  name: "Mattermost",
  docs: "https://developers.mattermost.com/integrate/apps/authentication/oauth2/",
  checked: "2026-12-04",
  options: ["siteUrl"],
  required: ["siteUrl"],
  example: { siteUrl: "https://chat.example.com" },
  oauth2: {
    authorizationUrl: "{siteUrl}/oauth/authorize",
    tokenUrl: "{siteUrl}/oauth/access_token",
    baseUrl: "{siteUrl}/api/v4/",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || text(raw.nickname) || raw.username,
      email: text(raw.email),
      emailVerified: raw.email_verified,
    }),
  },
});
