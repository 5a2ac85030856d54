// Campaign Monitor: `type=web_server` on the redirect, comma-separated permissions, 14-day tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Campaign Monitor's `GET /api/v3.3/primarycontact.json`: the account's primary contact. */
export interface CampaignMonitorProfile {
  EmailAddress: string;
  [field: string]: unknown;
}

/**
 * Campaign Monitor. Scopes are permissions (`ViewReports`, `ManageLists`, `AdministerAccount`, ...) joined with
 * commas. The token answer has no token type; a refresh returns a new refresh token. The profile is the account's
 * primary contact, named by email. Without `clientId`, reads `CAMPAIGNMONITOR_CLIENT_ID` /
 * `CAMPAIGNMONITOR_CLIENT_SECRET` from the config source.
 *
 * @example campaignmonitor({ clientId, clientSecret, scope: ["ViewReports", "ManageLists"] })
 */
export const campaignmonitor = oauth2Preset<NoOptions, CampaignMonitorProfile>({
  id: "campaignmonitor",
  name: "Campaign Monitor",
  docs: "https://www.campaignmonitor.com/api/v3-3/getting-started/#authenticating-with-oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.createsend.com/oauth",
    tokenUrl: "https://api.createsend.com/oauth/token",
    baseUrl: "https://api.createsend.com/api/v3.3/",
    scope: ["ViewReports"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
    authorizationParams: { type: "web_server" },
  },
  profile: {
    url: "primarycontact.json",
    map: (raw) => ({ id: raw.EmailAddress, email: raw.EmailAddress }),
  },
});
