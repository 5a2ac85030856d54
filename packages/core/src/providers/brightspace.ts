// D2L Brightspace: one shared authorization service, scopes `group:resource:action`, the LMS's own host for the API.
import { oauth2Preset } from "./preset.js";

export interface BrightspaceOptions {
  /** The Brightspace LMS host: `school.brightspace.com`, or the school's own domain. */
  domain: string;
  /** The Learning Platform (`lp`) API version of the user endpoint. Default `1.43`. */
  lpVersion?: string;
}

/** Brightspace's `GET /d2l/api/lp/{version}/users/whoami`. */
export interface BrightspaceProfile {
  Identifier: string;
  FirstName?: string;
  LastName?: string;
  UniqueName?: string;
  ProfileIdentifier?: string;
  [field: string]: unknown;
}

/**
 * Brightspace. Tokens come from `auth.brightspace.com` (Basic client authentication) for every school; API calls
 * go to the school's LMS host. Scopes are declared on the app and asked for as `core:*:*`. Each refresh returns a
 * new refresh token. Without `clientId`, reads `BRIGHTSPACE_CLIENT_ID` / `BRIGHTSPACE_CLIENT_SECRET` from the
 * config source.
 *
 * @example brightspace({ domain: "school.brightspace.com", clientId, clientSecret, scope: ["core:*:*"] })
 */
export const brightspace = oauth2Preset<BrightspaceOptions, BrightspaceProfile>({
  id: "brightspace",
  name: "D2L Brightspace",
  docs: "https://docs.valence.desire2learn.com/basic/oauth2.html",
  checked: "2026-12-04",
  options: ["domain", "lpVersion"],
  required: ["domain"],
  example: { domain: "school.brightspace.com" },
  defaultOptions: { lpVersion: "1.43" },
  oauth2: {
    authorizationUrl: "https://auth.brightspace.com/oauth2/auth",
    tokenUrl: "https://auth.brightspace.com/core/connect/token",
    baseUrl: "https://{domain}/d2l/api/",
    scope: ["core:*:*"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: ({ lpVersion }) => ({
    url: `lp/${encodeURIComponent(lpVersion ?? "1.43")}/users/whoami`,
    map: (raw) => ({
      id: raw.Identifier,
      name: [raw.FirstName, raw.LastName].filter(Boolean).join(" ") || raw.UniqueName,
    }),
  }),
});
