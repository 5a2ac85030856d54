// TeamViewer Web API: permissions set on the app (no scope), client credentials in the body, one-day tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** TeamViewer's `GET /api/v1/account` (permission `Account.Read`). */
export interface TeamViewerProfile {
  userid: string;
  name?: string;
  email?: string;
  email_validated?: boolean;
  company_name?: string;
  [field: string]: unknown;
}

/**
 * TeamViewer. The app's permissions are chosen when it is created in the Management Console; the profile needs
 * `Account.Read`. Access tokens last a day and refresh. Without `clientId`, reads `TEAMVIEWER_CLIENT_ID` /
 * `TEAMVIEWER_CLIENT_SECRET` from the config source.
 *
 * @example teamviewer({ clientId, clientSecret })
 */
export const teamviewer = oauth2Preset<NoOptions, TeamViewerProfile>({
  id: "teamviewer",
  name: "TeamViewer",
  docs: "https://webapi.teamviewer.com/api/v1/docs/index",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://login.teamviewer.com/oauth2/authorize",
    tokenUrl: "https://webapi.teamviewer.com/api/v1/oauth2/token",
    baseUrl: "https://webapi.teamviewer.com/api/v1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "account",
    map: (raw) => ({
      id: raw.userid,
      name: raw.name,
      email: raw.email,
      emailVerified: raw.email_validated,
    }),
  },
});
