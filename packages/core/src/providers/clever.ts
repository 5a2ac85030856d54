// Clever (K-12 single sign-on): Basic client authentication, long-lived tokens without refresh, the user at /me.
import { oauth2Preset } from "./preset.js";

export interface CleverOptions {
  /** Skip Clever's district picker by naming the user's district (`district_id`). */
  district?: string;
}

/** Clever's `GET /v3.0/me`: the token's user and district (names come from `GET /v3.0/users/{id}`). */
export interface CleverProfile {
  type: string;
  data: { id: string; district: string; type: string; authorized_by?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Clever. SSO tokens reach only `/me`, the user and the district; there is no scope parameter (scopes are set
 * on the app). New SSO integrations need a Clever Complete agreement. Without `clientId`, reads
 * `CLEVER_CLIENT_ID` / `CLEVER_CLIENT_SECRET` from the config source.
 *
 * @example clever({ clientId, clientSecret, district: "5b2ad81a709e300001e2cd7a" })
 */
export const clever = oauth2Preset<CleverOptions, CleverProfile>({
  id: "clever",
  name: "Clever",
  docs: "https://dev.clever.com/docs/oauth-implementation",
  checked: "2026-12-04",
  options: ["district"],
  oauth2: ({ district }) => ({
    authorizationUrl: "https://clever.com/oauth/authorize",
    tokenUrl: "https://clever.com/oauth/tokens",
    baseUrl: "https://api.clever.com/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "none",
    ...(district ? { authorizationParams: { district_id: district } } : {}),
  }),
  profile: { url: "v3.0/me", map: (raw) => ({ id: raw.data.id }) },
});
