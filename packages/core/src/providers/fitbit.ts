// Fitbit Web API: Basic client authentication with the client id in the body too, PKCE, single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Fitbit's `GET /1/user/-/profile.json` (scope `profile`). */
export interface FitbitProfile {
  user: {
    encodedId: string;
    displayName: string;
    fullName?: string;
    avatar?: string;
    avatar150?: string;
    [field: string]: unknown;
  };
}

/**
 * Fitbit. Without `clientId`, reads `FITBIT_CLIENT_ID` / `FITBIT_CLIENT_SECRET` from the config source.
 *
 * @example fitbit({ clientId, clientSecret, scope: ["profile", "activity"] })
 */
export const fitbit = oauth2Preset<NoOptions, FitbitProfile>({
  id: "fitbit",
  name: "Fitbit",
  docs: "https://dev.fitbit.com/build/reference/web-api/developer-guide/authorization/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.fitbit.com/oauth2/authorize",
    tokenUrl: "https://api.fitbit.com/oauth2/token",
    revocationUrl: "https://api.fitbit.com/oauth2/revoke",
    baseUrl: "https://api.fitbit.com/",
    scope: ["profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    clientIdInBody: true,
    refresh: "rotating",
  },
  profile: {
    url: "1/user/-/profile.json",
    map: ({ user }) => ({
      id: user.encodedId,
      name: user.fullName || user.displayName,
      avatarUrl: user.avatar150,
    }),
  },
});
