// Wahoo Cloud API (ELEMNT, KICKR): two-hour tokens, single-use refresh tokens, at most 10 live tokens per user.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Wahoo's `GET /v1/user` (scope `user_read`; `email` with scope `email`). */
export interface WahooProfile {
  id: number;
  email?: string;
  first?: string;
  last?: string;
  [field: string]: unknown;
}

/**
 * Wahoo. Each refresh returns a new refresh token and retires the old one; Wahoo keeps at most ten unrevoked
 * access tokens per user and app, so revoke (`DELETE v1/permissions`) what is no longer used. Without `clientId`,
 * reads `WAHOO_CLIENT_ID` / `WAHOO_CLIENT_SECRET` from the config source.
 *
 * @example wahoo({ clientId, clientSecret, scope: ["email", "user_read", "workouts_read", "offline_data"] })
 */
export const wahoo = oauth2Preset<NoOptions, WahooProfile>({
  id: "wahoo",
  name: "Wahoo",
  docs: "https://cloud-api.wahooligan.com/#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.wahooligan.com/oauth/authorize",
    tokenUrl: "https://api.wahooligan.com/oauth/token",
    baseUrl: "https://api.wahooligan.com/",
    scope: ["email", "user_read"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "v1/user",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first, raw.last].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
