// Monzo: the user approves access again in the Monzo app (SCA) before the token can read anything.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Monzo's `GET /ping/whoami`. */
export interface MonzoProfile {
  authenticated: boolean;
  client_id: string;
  user_id: string;
  [field: string]: unknown;
}

/**
 * Monzo. A new token has no permissions until the user approves the app in the Monzo app. Only confidential
 * clients get a refresh token. The API serves the developer's own account and a few allow-listed users, not the
 * public. Without `clientId`, reads `MONZO_CLIENT_ID` / `MONZO_CLIENT_SECRET` from the config source.
 *
 * @example monzo({ clientId, clientSecret })
 */
export const monzo = oauth2Preset<NoOptions, MonzoProfile>({
  id: "monzo",
  name: "Monzo",
  docs: "https://docs.monzo.com/#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth.monzo.com/",
    tokenUrl: "https://api.monzo.com/oauth2/token",
    baseUrl: "https://api.monzo.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: { url: "ping/whoami", map: (raw) => ({ id: raw.user_id }) },
});
