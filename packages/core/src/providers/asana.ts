// Asana: credentials in the token request body; the token answer names the user; refreshes keep the refresh token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Asana's `GET /api/1.0/users/me` (scope `users:read`): the user, wrapped in `data`. */
export interface AsanaProfile {
  data: {
    gid: string;
    name: string;
    email?: string;
    photo?: { image_128x128?: string; [size: string]: unknown } | null;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Asana. Access tokens last an hour; a refresh answers a new access token only, and the refresh token stays
 * valid. Every API answer is wrapped in `data`. Without `clientId`, reads `ASANA_CLIENT_ID` /
 * `ASANA_CLIENT_SECRET` from the config source.
 *
 * @example asana({ clientId, clientSecret, scope: ["users:read", "tasks:read", "projects:read"] })
 */
export const asana = oauth2Preset<NoOptions, AsanaProfile>({
  id: "asana",
  name: "Asana",
  docs: "https://developers.asana.com/docs/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.asana.com/-/oauth_authorize",
    tokenUrl: "https://app.asana.com/-/oauth_token",
    revocationUrl: "https://app.asana.com/-/oauth_revoke",
    baseUrl: "https://app.asana.com/api/1.0/",
    scope: ["users:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "reuses",
  },
  profile: {
    url: "users/me",
    map: ({ data }) => ({
      id: data.gid,
      name: data.name,
      email: data.email,
      avatarUrl: data.photo?.image_128x128,
    }),
  },
});
