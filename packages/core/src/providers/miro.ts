// Miro (REST API v2): the token is for one team; expiring tokens and refresh tokens only when the app turns them on.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Miro's `GET /v1/oauth-token`: the token's user, team and scopes. */
export interface MiroProfile {
  type: "oauth-token";
  user: { type: "user"; id: string; name: string };
  team: { type: "team"; id: string; name: string };
  organization?: { type: "organization"; id: string; name: string };
  scopes: string[];
  [field: string]: unknown;
}

/**
 * Miro. The user installs the app in one team (the token's `team_id`). Tokens last until the app is uninstalled,
 * unless the app enables expiring tokens: then an hour, with a 60-day refresh token replaced on each refresh.
 * Ids are 64-bit numbers: read them from the profile, where they are strings. Without `clientId`, reads
 * `MIRO_CLIENT_ID` / `MIRO_CLIENT_SECRET` from the config source.
 *
 * @example miro({ clientId, clientSecret, scope: ["boards:read", "boards:write"] })
 */
export const miro = oauth2Preset<NoOptions, MiroProfile>({
  id: "miro",
  name: "Miro",
  docs: "https://developers.miro.com/docs/getting-started-with-oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://miro.com/oauth/authorize",
    tokenUrl: "https://api.miro.com/v1/oauth/token",
    baseUrl: "https://api.miro.com/v2/",
    scope: ["boards:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "https://api.miro.com/v1/oauth-token",
    map: ({ user }) => ({ id: user.id, name: user.name }),
  },
});
