// Zoom: Basic client authentication, PKCE, rotating refresh tokens; scopes are set on the app.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Zoom's `GET /v2/users/me`. */
export interface ZoomProfile {
  id: string;
  first_name?: string;
  last_name?: string;
  display_name?: string;
  email?: string;
  pic_url?: string;
  verified?: number;
  [field: string]: unknown;
}

/**
 * Zoom. Without `clientId`, reads `ZOOM_CLIENT_ID` / `ZOOM_CLIENT_SECRET` from the config source.
 *
 * @example zoom({ clientId, clientSecret })
 */
export const zoom = oauth2Preset<NoOptions, ZoomProfile>({
  id: "zoom",
  name: "Zoom",
  docs: "https://developers.zoom.us/docs/integrations/oauth/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://zoom.us/oauth/authorize",
    tokenUrl: "https://zoom.us/oauth/token",
    revocationUrl: "https://zoom.us/oauth/revoke",
    baseUrl: "https://api.zoom.us/v2/",
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: raw.display_name ?? ([raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined),
      email: raw.email,
      emailVerified: raw.verified === undefined ? undefined : raw.verified === 1,
      avatarUrl: raw.pic_url,
    }),
  },
});
