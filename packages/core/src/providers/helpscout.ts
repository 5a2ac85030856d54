// Help Scout (Mailbox API 2.0): the redirect URL is the app's, two-day tokens with refresh, no scopes.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Help Scout's `GET /v2/users/me`, the fields the profile reads. */
export interface HelpScoutProfile {
  id: number;
  firstName?: string;
  lastName?: string;
  email?: string;
  photoUrl?: string;
  role?: string;
  [field: string]: unknown;
}

/**
 * Help Scout. There are no scopes: the token acts with the authorizing user's permissions. Help Scout sends the
 * user back to the redirection URL set on the app (register the dance's callback there). Access tokens last two
 * days. Without `clientId`, reads `HELPSCOUT_CLIENT_ID` / `HELPSCOUT_CLIENT_SECRET` (the app id and secret) from
 * the config source.
 *
 * @example helpscout({ clientId: appId, clientSecret: appSecret })
 */
export const helpscout = oauth2Preset<NoOptions, HelpScoutProfile>({
  id: "helpscout",
  name: "Help Scout",
  docs: "https://developer.helpscout.com/mailbox-api/overview/authentication/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://secure.helpscout.net/authentication/authorizeClientApplication",
    tokenUrl: "https://api.helpscout.net/v2/oauth2/token",
    baseUrl: "https://api.helpscout.net/v2/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
      avatarUrl: raw.photoUrl,
    }),
  },
});
