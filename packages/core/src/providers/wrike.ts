// Wrike (API v4): the token answer names the data centre host the account's API lives on.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Wrike's `GET /api/v4/contacts?me=true`: the user, as the one contact in `data`. */
export interface WrikeProfile {
  kind: "contacts";
  data: {
    id: string;
    firstName?: string;
    lastName?: string;
    avatarUrl?: string;
    profiles?: { accountId: string; email?: string; role?: string; [field: string]: unknown }[];
    [field: string]: unknown;
  }[];
}

/**
 * Wrike. The token's `host` (`www.wrike.com`, `app-eu.wrike.com`, ...) is the account's data centre: the profile
 * is read there, and `api` calls should use `https://<host>/api/v4/`. Access tokens last an hour. Without
 * `clientId`, reads `WRIKE_CLIENT_ID` / `WRIKE_CLIENT_SECRET` from the config source.
 *
 * @example wrike({ clientId, clientSecret, scope: ["Default", "wsReadOnly"] })
 */
export const wrike = oauth2Preset<NoOptions, WrikeProfile>({
  id: "wrike",
  name: "Wrike",
  docs: "https://developers.wrike.com/oauth-20-authorization/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://login.wrike.com/oauth2/authorize/v4",
    tokenUrl: "https://login.wrike.com/oauth2/token",
    baseUrl: "https://www.wrike.com/api/v4/",
    scope: ["Default"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "https://{token.host}/api/v4/contacts?me=true",
    map: ({ data }) => {
      const [me] = data;
      if (!me) return { id: "" };
      return {
        id: me.id,
        name: [me.firstName, me.lastName].filter(Boolean).join(" ") || undefined,
        email: me.profiles?.find((profile) => profile.email)?.email,
        avatarUrl: me.avatarUrl,
      };
    },
  },
});
