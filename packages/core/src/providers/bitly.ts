// Bitly: tokens that never expire, the token answer form-encoded unless JSON is asked for; users named by login.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Bitly's `GET /v4/user`. */
export interface BitlyProfile {
  login: string;
  name?: string;
  emails?: { email: string; is_primary: boolean; is_verified: boolean }[];
  default_group_guid?: string;
  [field: string]: unknown;
}

/**
 * Bitly. There are no scopes and no refresh tokens; the token answer carries the user's `login`. Without
 * `clientId`, reads `BITLY_CLIENT_ID` / `BITLY_CLIENT_SECRET` from the config source.
 *
 * @example bitly({ clientId, clientSecret })
 */
export const bitly = oauth2Preset<NoOptions, BitlyProfile>({
  id: "bitly",
  name: "Bitly",
  docs: "https://dev.bitly.com/docs/getting-started/authentication/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://bitly.com/oauth/authorize",
    tokenUrl: "https://api-ssl.bitly.com/oauth/access_token",
    baseUrl: "https://api-ssl.bitly.com/v4/",
    tokenEndpointAuthMethod: "client_secret_post",
    // Bitly answers form-encoded unless the request asks for JSON.
    tokenHeaders: { Accept: "application/json" },
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "user",
    map: (raw) => {
      const primary = raw.emails?.find((entry) => entry.is_primary);
      return {
        id: raw.login,
        name: raw.name || raw.login,
        email: primary?.email,
        emailVerified: primary?.is_verified,
      };
    },
  },
});
