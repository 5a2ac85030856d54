// GoTo (GoTo Connect, GoTo Meeting, GoTo Webinar...): scopes set on the OAuth client, Basic client authentication.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** GoTo's SCIM `GET /identity/v1/Users/me` (scope `identity:scim.me`), the fields the profile reads. */
export interface GoToProfile {
  id: string;
  userName?: string;
  displayName?: string;
  name?: { givenName?: string; familyName?: string };
  emails?: { value: string; primary?: boolean; type?: string }[];
  [field: string]: unknown;
}

/**
 * GoTo (formerly LogMeIn). No scope is sent: the end user is asked for the scopes set on the OAuth client. The
 * token answer names the user's sign-in (`principal`); access tokens last an hour. Without `clientId`, reads
 * `GOTO_CLIENT_ID` / `GOTO_CLIENT_SECRET` from the config source.
 *
 * @example goto({ clientId, clientSecret })
 */
export const goto = oauth2Preset<NoOptions, GoToProfile>({
  id: "goto",
  name: "GoTo",
  docs: "https://developer.goto.com/guides/Authentication/03_HOW_accessToken/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://authentication.logmeininc.com/oauth/authorize",
    tokenUrl: "https://authentication.logmeininc.com/oauth/token",
    baseUrl: "https://api.getgo.com/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "identity/v1/Users/me",
    map: (raw) => ({
      id: raw.id,
      name:
        raw.displayName ??
        ([raw.name?.givenName, raw.name?.familyName].filter(Boolean).join(" ") || undefined),
      email: (raw.emails?.find((entry) => entry.primary) ?? raw.emails?.[0])?.value ?? raw.userName,
    }),
  },
});
