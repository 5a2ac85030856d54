// Open edX (an LMS instance's Django OAuth Toolkit server): the instance's host, trailing-slash endpoints.
import { oauth2Preset } from "./preset.js";

export interface EdxOptions {
  /** The Open edX LMS host: `courses.example.org`. */
  domain: string;
}

/** Open edX's `GET /api/user/v1/me`: the username, the key of every other user API. */
export interface EdxProfile {
  username: string;
  [field: string]: unknown;
}

/**
 * Open edX. The client is an OAuth application registered in the instance's Django admin. Refreshes return a new
 * refresh token. `GET api/user/v1/accounts/{username}` has the name and email. Without `clientId`, reads
 * `EDX_CLIENT_ID` / `EDX_CLIENT_SECRET` from the config source.
 *
 * @example edx({ domain: "courses.example.org", clientId, clientSecret })
 */
export const edx = oauth2Preset<EdxOptions, EdxProfile>({
  id: "edx",
  name: "Open edX",
  docs: "https://edx.readthedocs.io/projects/edx-platform-api/en/latest/authentication.html",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "courses.example.org" },
  oauth2: {
    authorizationUrl: "https://{domain}/oauth2/authorize/",
    tokenUrl: "https://{domain}/oauth2/access_token/",
    revocationUrl: "https://{domain}/oauth2/revoke_token/",
    baseUrl: "https://{domain}/",
    scope: ["read", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: { url: "api/user/v1/me", map: (raw) => ({ id: raw.username, name: raw.username }) },
});
