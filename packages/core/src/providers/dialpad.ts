// Dialpad: client credentials in the body, PKCE, a refresh token only with `offline_access`, a sandbox host.
import { oauth2Preset } from "./preset.js";

export interface DialpadOptions {
  /** Use the sandbox (`sandbox.dialpad.com`) instead of `dialpad.com`. */
  sandbox?: boolean;
}

/** Dialpad's `GET /api/v2/users/me`, the fields the profile reads. */
export interface DialpadProfile {
  id: number | string;
  emails?: string[];
  first_name?: string;
  last_name?: string;
  display_name?: string;
  image_url?: string;
  company_id?: number | string;
  [field: string]: unknown;
}

/**
 * Dialpad. Apps get basic access by default; extra scopes (`recordings_export`, `message_content_export`, ...) are
 * granted when the app is registered, and `offline_access` asks for a refresh token. Without `clientId`, reads
 * `DIALPAD_CLIENT_ID` / `DIALPAD_CLIENT_SECRET` from the config source.
 *
 * @example dialpad({ clientId, clientSecret, scope: ["offline_access"], sandbox: true })
 */
export const dialpad = oauth2Preset<DialpadOptions, DialpadProfile>({
  id: "dialpad",
  name: "Dialpad",
  docs: "https://developers.dialpad.com/docs/oauth",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "https://sandbox.dialpad.com" : "https://dialpad.com";
    return {
      authorizationUrl: `${host}/oauth2/authorize`,
      tokenUrl: `${host}/oauth2/token`,
      baseUrl: `${host}/api/v2/`,
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "standard",
    };
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: raw.display_name ?? ([raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined),
      email: raw.emails?.[0],
      avatarUrl: raw.image_url,
    }),
  },
});
