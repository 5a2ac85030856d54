// Squarespace Commerce APIs: comma-separated scopes, Basic auth and a JSON body at the token endpoint, a User-Agent.
import { oauth2Preset } from "./preset.js";

export interface SquarespaceOptions {
  /** Ask for a refresh token (`access_type=offline`). */
  offline?: boolean;
}

/** Squarespace's `GET /1.0/authorization/website`: the site the token reaches. */
export interface SquarespaceProfile {
  id: string;
  url?: string;
  siteTitle?: string;
  isSandbox?: boolean;
  [field: string]: unknown;
}

/**
 * Squarespace. A token reaches one website, which is the profile. Access tokens last 30 minutes and refresh
 * tokens (with `offline`) rotate; their expiry comes as `access_token_expires_at`, not `expires_in`, so tokens
 * are refreshed when the API refuses them. Every call carries a User-Agent, as Squarespace requires. Without
 * `clientId`, reads `SQUARESPACE_CLIENT_ID` / `SQUARESPACE_CLIENT_SECRET` from the config source.
 *
 * @example squarespace({ clientId, clientSecret, offline: true, scope: ["website.orders.read"] })
 */
export const squarespace = oauth2Preset<SquarespaceOptions, SquarespaceProfile>({
  id: "squarespace",
  name: "Squarespace",
  docs: "https://developers.squarespace.com/commerce-apis/oauth",
  checked: "2026-12-04",
  options: ["offline"],
  oauth2: ({ offline }) => ({
    authorizationUrl: "https://login.squarespace.com/api/1/login/oauth/provider/authorize",
    tokenUrl: "https://login.squarespace.com/api/1/login/oauth/provider/tokens",
    baseUrl: "https://api.squarespace.com/1.0/",
    scope: ["website.orders.read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_basic",
    tokenRequestFormat: "json",
    tokenHeaders: { "User-Agent": "oauth-dance" },
    apiHeaders: { "User-Agent": "oauth-dance" },
    pkceSupport: "unsupported",
    refresh: offline ? "rotating" : "none",
    ...(offline ? { authorizationParams: { access_type: "offline" } } : {}),
  }),
  profile: {
    url: "authorization/website",
    map: (raw) => ({ id: raw.id, name: raw.siteTitle }),
  },
});
