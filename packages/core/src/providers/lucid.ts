// Lucid (Lucidchart, Lucidspark): a JSON token request on api.lucid.co, PKCE, and a version header on every call.
import { oauth2Preset } from "./preset.js";

export interface LucidOptions {
  /** Ask for an account token (`/oauth2/authorizeAccount`, granted by an admin) instead of a user token. */
  account?: boolean;
}

/** Lucid's `GET /users/me/profile` (scope `user.profile`). */
export interface LucidProfile {
  id: number;
  username?: string;
  email?: string;
  fullName?: string;
  [field: string]: unknown;
}

/**
 * Lucid. `offline_access` in the scope asks for a refresh token; access tokens last an hour. The token answer
 * names the user (`user_id`) and lists the scopes twice (`scope` and `scopes`). The REST API wants
 * `Lucid-Api-Version: 1`. Without `clientId`, reads `LUCID_CLIENT_ID` / `LUCID_CLIENT_SECRET` from the config
 * source.
 *
 * @example lucid({ clientId, clientSecret, scope: ["lucidchart.document.content", "user.profile", "offline_access"] })
 */
export const lucid = oauth2Preset<LucidOptions, LucidProfile>({
  id: "lucid",
  name: "Lucid",
  docs: "https://developer.lucid.co/reference/obtaining-an-access-token",
  checked: "2026-12-04",
  options: ["account"],
  oauth2: ({ account }) => ({
    authorizationUrl: `https://lucid.app/oauth2/${account ? "authorizeAccount" : "authorize"}`,
    tokenUrl: "https://api.lucid.co/oauth2/token",
    revocationUrl: "https://api.lucid.co/oauth2/token/revoke",
    baseUrl: "https://api.lucid.co/",
    scope: ["user.profile", "offline_access"],
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    refresh: "standard",
    apiHeaders: { "Lucid-Api-Version": "1" },
  }),
  profile: {
    url: "users/me/profile",
    map: (raw) => ({ id: raw.id, name: raw.fullName ?? raw.username, email: raw.email }),
  },
});
