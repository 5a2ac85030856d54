// Canva Connect APIs: PKCE (S256) required, Basic client authentication, four-hour tokens, single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Canva's `GET /rest/v1/users/me`: the user's and their team's ids. */
export interface CanvaProfile {
  team_user: { user_id: string; team_id: string };
  [field: string]: unknown;
}

/**
 * Canva. The integration's scopes are set in the Developer Portal and asked for again here; each refresh returns a
 * new refresh token and spends the used one. The profile names only ids; read `users/me/profile` (scope
 * `profile:read`) for the display name. Without `clientId`, reads `CANVA_CLIENT_ID` / `CANVA_CLIENT_SECRET`.
 *
 * @example canva({ clientId, clientSecret, scope: ["profile:read", "design:meta:read"] })
 */
export const canva = oauth2Preset<NoOptions, CanvaProfile>({
  id: "canva",
  name: "Canva",
  docs: "https://www.canva.dev/docs/connect/authentication/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.canva.com/api/oauth/authorize",
    tokenUrl: "https://api.canva.com/rest/v1/oauth/token",
    revocationUrl: "https://api.canva.com/rest/v1/oauth/revoke",
    baseUrl: "https://api.canva.com/rest/v1/",
    scope: ["profile:read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: { url: "users/me", map: ({ team_user }) => ({ id: team_user.user_id }) },
});
