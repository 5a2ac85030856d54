// monday.com apps: tokens that do not expire, the profile from the GraphQL API (`me`, scope `me:read`).
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** monday.com's GraphQL answer to `{ me { id name email photo_thumb } }`. */
export interface MondayProfile {
  data: { me: { id: string; name: string; email: string; photo_thumb?: string | null } };
  account_id?: number;
  [field: string]: unknown;
}

/**
 * monday.com. An account admin must install the app before other users can authorize it. The token lasts until
 * the app is uninstalled; there is no refresh token. Every API call is a GraphQL POST to `v2`. Without
 * `clientId`, reads `MONDAY_CLIENT_ID` / `MONDAY_CLIENT_SECRET` from the config source.
 *
 * @example monday({ clientId, clientSecret, scope: ["me:read", "boards:read"] })
 */
export const monday = oauth2Preset<NoOptions, MondayProfile>({
  id: "monday",
  name: "monday.com",
  docs: "https://developer.monday.com/apps/docs/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth.monday.com/oauth2/authorize",
    tokenUrl: "https://auth.monday.com/oauth2/token",
    baseUrl: "https://api.monday.com/",
    scope: ["me:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "v2",
    method: "POST",
    json: { query: "{ me { id name email photo_thumb } }" },
    map: ({ data: { me } }) => ({
      id: me.id,
      name: me.name,
      email: me.email,
      avatarUrl: text(me.photo_thumb),
    }),
  },
});
