// Brex partner OAuth (OpenID Connect on an Okta server): one-hour tokens, rotating refresh tokens with offline_access.
import { oauth2Preset } from "./preset.js";

export interface BrexOptions {
  /** Use staging (`accounts-api.staging.brexapps.com`, `api-staging.brex.com`). */
  staging?: boolean;
}

/** Brex's `GET /v2/users/me` (scope `users.readonly`). */
export interface BrexProfile {
  id: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  status?: string;
  [field: string]: unknown;
}

/**
 * Brex. Only for Brex developer partners: Brex issues the client id and secret. Add `offline_access` for a
 * refresh token. The profile is the Brex user from the Team API. Without `clientId`, reads `BREX_CLIENT_ID` /
 * `BREX_CLIENT_SECRET` from the config source.
 *
 * @example brex({ clientId, clientSecret, scope: ["openid", "offline_access", "users.readonly", "cards.readonly"] })
 */
export const brex = oauth2Preset<BrexOptions, BrexProfile>({
  id: "brex",
  name: "Brex",
  docs: "https://developer.brex.com/guides/partner_authentication",
  checked: "2026-12-04",
  options: ["staging"],
  oauth2: ({ staging }) => {
    const issuer = staging
      ? "https://accounts-api.staging.brexapps.com/oauth2/default"
      : "https://accounts-api.brex.com/oauth2/default";
    return {
      issuer,
      authorizationUrl: `${issuer}/v1/authorize`,
      tokenUrl: `${issuer}/v1/token`,
      baseUrl: staging ? "https://api-staging.brex.com/" : "https://api.brex.com/",
      scope: ["openid", "offline_access", "users.readonly"],
      tokenEndpointAuthMethod: "client_secret_post",
      refresh: "rotating",
    };
  },
  profile: {
    url: "v2/users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
