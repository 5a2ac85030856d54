// Front: Basic client authentication, app-level permissions (no scope), one-hour tokens, `expires_at` in the answer.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Front's `GET /me` (token identity): the Front company the token acts for. */
export interface FrontProfile {
  id: string;
  name?: string;
  _links?: { self?: string };
  [field: string]: unknown;
}

/**
 * Front. Only company admins can authorize; the token reaches the company's shared resources, so the profile is
 * the company, not a teammate. The token answer gives `expires_at` instead of `expires_in`; refresh tokens last
 * six months and are replaced only near their end. Without `clientId`, reads `FRONT_CLIENT_ID` /
 * `FRONT_CLIENT_SECRET` from the config source.
 *
 * @example front({ clientId, clientSecret })
 */
export const front = oauth2Preset<NoOptions, FrontProfile>({
  id: "front",
  name: "Front",
  docs: "https://dev.frontapp.com/docs/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.frontapp.com/oauth/authorize",
    tokenUrl: "https://app.frontapp.com/oauth/token",
    baseUrl: "https://api2.frontapp.com/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "me",
    map: (raw) => ({ id: raw.id, name: raw.name }),
  },
});
