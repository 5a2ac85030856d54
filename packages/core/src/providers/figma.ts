// Figma: Basic client authentication, a separate refresh endpoint, refresh answers without a refresh token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Figma's `GET /v1/me`. */
export interface FigmaProfile {
  id: string;
  handle: string;
  email: string;
  img_url?: string;
  [field: string]: unknown;
}

/**
 * Figma. Without `clientId`, reads `FIGMA_CLIENT_ID` / `FIGMA_CLIENT_SECRET` from the config source.
 *
 * @example figma({ clientId, clientSecret, scope: ["current_user:read", "file_content:read"] })
 */
export const figma = oauth2Preset<NoOptions, FigmaProfile>({
  id: "figma",
  name: "Figma",
  docs: "https://developers.figma.com/docs/rest-api/oauth-apps/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.figma.com/oauth",
    tokenUrl: "https://api.figma.com/v1/oauth/token",
    baseUrl: "https://api.figma.com/v1/",
    scope: ["current_user:read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "reuses",
    autoRefresh: { url: "https://api.figma.com/v1/oauth/refresh" },
  },
  profile: {
    url: "me",
    map: (raw) => ({ id: raw.id, name: raw.handle, email: raw.email, avatarUrl: raw.img_url }),
  },
});
