// Atlassian Cloud (Jira, Confluence) OAuth 2.0 (3LO): audience and consent prompt on every login; rotating refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Atlassian's `GET https://api.atlassian.com/me` (scope `read:me`). */
export interface AtlassianProfile {
  account_id: string;
  email?: string;
  name?: string;
  picture?: string;
  [field: string]: unknown;
}

/**
 * Atlassian. Add `offline_access` to the scope for a refresh token. Without `clientId`, reads
 * `ATLASSIAN_CLIENT_ID` / `ATLASSIAN_CLIENT_SECRET` from the config source.
 *
 * @example atlassian({ clientId, clientSecret, scope: ["read:me", "read:jira-work", "offline_access"] })
 */
export const atlassian = oauth2Preset<NoOptions, AtlassianProfile>({
  id: "atlassian",
  name: "Atlassian",
  docs: "https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://auth.atlassian.com/authorize",
    tokenUrl: "https://auth.atlassian.com/oauth/token",
    baseUrl: "https://api.atlassian.com/",
    scope: ["read:me"],
    // The documented token call is a JSON body with the client credentials in it.
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    authorizationParams: { audience: "api.atlassian.com", prompt: "consent" },
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "me",
    map: (raw) => ({ id: raw.account_id, name: raw.name, email: raw.email, avatarUrl: raw.picture }),
  },
});
