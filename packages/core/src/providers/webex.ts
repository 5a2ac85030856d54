// Webex (Cisco) integrations: client credentials in the body, 14-day tokens, the user from the People API.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Webex's `GET /v1/people/me`, the fields the profile reads. */
export interface WebexProfile {
  id: string;
  emails: string[];
  displayName?: string;
  firstName?: string;
  lastName?: string;
  avatar?: string;
  orgId?: string;
  [field: string]: unknown;
}

/**
 * Webex. Access tokens last 14 days, refresh tokens 90 days; a refresh answers with the same refresh token. Scopes
 * are space-separated (`spark:people_read` reads the profile). Without `clientId`, reads `WEBEX_CLIENT_ID` /
 * `WEBEX_CLIENT_SECRET` from the config source.
 *
 * @example webex({ clientId, clientSecret, scope: ["spark:people_read", "spark:messages_write"] })
 */
export const webex = oauth2Preset<NoOptions, WebexProfile>({
  id: "webex",
  name: "Webex",
  docs: "https://developer.webex.com/docs/integrations",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://webexapis.com/v1/authorize",
    tokenUrl: "https://webexapis.com/v1/access_token",
    baseUrl: "https://webexapis.com/v1/",
    scope: ["spark:people_read"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "reuses",
  },
  profile: {
    url: "people/me",
    map: (raw) => ({
      id: raw.id,
      name: raw.displayName ?? ([raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined),
      email: raw.emails[0],
      avatarUrl: raw.avatar,
    }),
  },
});
