// Instructure Canvas LMS: one Canvas install's host, a developer key per install, hour-long tokens that refresh.
import { oauth2Preset } from "./preset.js";

export interface CanvasOptions {
  /** The Canvas install's host: `example.instructure.com`, or the school's own domain. */
  domain: string;
  /** Make Canvas ask for credentials even when the user is logged in (`force_login=1`). */
  forceLogin?: boolean;
}

/** Canvas's `GET /api/v1/users/self/profile`. */
export interface CanvasProfile {
  id: number;
  name: string;
  short_name?: string;
  primary_email?: string | null;
  login_id?: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * Canvas. The token answer names the user (`user: { id, name }`); a refresh answers without a new refresh token,
 * so the first one is kept. A developer key that enforces scopes needs them spelled as
 * `url:GET|/api/v1/users/:user_id/profile`. Without `clientId`, reads `CANVAS_CLIENT_ID` / `CANVAS_CLIENT_SECRET`
 * from the config source.
 *
 * @example canvas({ domain: "example.instructure.com", clientId, clientSecret })
 */
export const canvas = oauth2Preset<CanvasOptions, CanvasProfile>({
  id: "canvas",
  name: "Canvas LMS",
  docs: "https://developerdocs.instructure.com/services/canvas/oauth2/file.oauth_endpoints",
  checked: "2026-12-04",
  options: ["domain", "forceLogin"],
  required: ["domain"],
  example: { domain: "example.instructure.com" },
  oauth2: ({ forceLogin }) => ({
    authorizationUrl: "https://{domain}/login/oauth2/auth",
    tokenUrl: "https://{domain}/login/oauth2/token",
    baseUrl: "https://{domain}/api/v1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "reuses",
    ...(forceLogin ? { authorizationParams: { force_login: "1" } } : {}),
  }),
  profile: {
    url: "users/self/profile",
    map: (raw) => ({
      id: raw.id,
      name: raw.name,
      email: raw.primary_email ?? undefined,
      avatarUrl: raw.avatar_url,
    }),
  },
});
