// Nextcloud (any server): confidential clients only, no scopes (full account access), the OCS user API.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface NextcloudOptions {
  /** The server's URL, without `index.php`: `https://cloud.example.org` (or `https://example.org/nextcloud`). */
  serverUrl: string;
}

/** Nextcloud's `GET /ocs/v2.php/cloud/user?format=json`: the user, in the OCS envelope. */
export interface NextcloudProfile {
  ocs: {
    meta: { status: string; statuscode: number; [field: string]: unknown };
    data: { id: string; displayname?: string; email?: string | null; [field: string]: unknown };
  };
}

/**
 * Nextcloud. Tokens reach the whole account (Nextcloud has no scopes), so Nextcloud advises against it as a
 * login service. Access tokens last an hour; each refresh returns a new refresh token. `api` sends
 * `OCS-APIRequest: true`, which the OCS API needs. Without `clientId`, reads `NEXTCLOUD_CLIENT_ID` /
 * `NEXTCLOUD_CLIENT_SECRET` from the config source.
 *
 * @example nextcloud({ serverUrl: "https://cloud.example.org", clientId, clientSecret })
 */
export const nextcloud = oauth2Preset<NextcloudOptions, NextcloudProfile>({
  id: "nextcloud",
  name: "Nextcloud",
  docs: "https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/oauth2.html",
  checked: "2026-12-04",
  options: ["serverUrl"],
  required: ["serverUrl"],
  example: { serverUrl: "https://cloud.example.org" },
  oauth2: {
    // The `index.php` paths work whether or not the server has pretty URLs.
    authorizationUrl: "{serverUrl}/index.php/apps/oauth2/authorize",
    tokenUrl: "{serverUrl}/index.php/apps/oauth2/api/v1/token",
    baseUrl: "{serverUrl}/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
    apiHeaders: { "OCS-APIRequest": "true" },
  },
  profile: {
    url: "ocs/v2.php/cloud/user?format=json",
    map: ({ ocs: { data } }) => ({ id: data.id, name: text(data.displayname), email: text(data.email) }),
  },
});
