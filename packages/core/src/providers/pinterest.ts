// Pinterest API v5: Basic client authentication, comma-separated scopes.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Pinterest's `GET /v5/user_account`. */
export interface PinterestProfile {
  id?: string;
  username: string;
  account_type?: string;
  profile_image?: string;
  business_name?: string | null;
  [field: string]: unknown;
}

/**
 * Pinterest. Without `clientId`, reads `PINTEREST_CLIENT_ID` / `PINTEREST_CLIENT_SECRET` (the app id and secret).
 *
 * @example pinterest({ clientId, clientSecret, scope: ["user_accounts:read", "boards:read", "pins:read"] })
 */
export const pinterest = oauth2Preset<NoOptions, PinterestProfile>({
  id: "pinterest",
  name: "Pinterest",
  docs: "https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.pinterest.com/oauth/",
    tokenUrl: "https://api.pinterest.com/v5/oauth/token",
    baseUrl: "https://api.pinterest.com/v5/",
    scope: ["user_accounts:read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "reuses",
  },
  profile: {
    url: "user_account",
    map: (raw) => ({
      id: raw.id ?? raw.username,
      name: raw.business_name ?? raw.username,
      avatarUrl: raw.profile_image,
    }),
  },
});
