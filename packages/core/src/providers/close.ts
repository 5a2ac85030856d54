// Close (CRM): client credentials in the body, one-hour tokens, single-use refresh tokens, the user and org in the token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Close's `GET /api/v1/me/`, the fields the profile reads. */
export interface CloseProfile {
  id: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  image?: string;
  [field: string]: unknown;
}

/**
 * Close. Every app is granted `all.full_access offline_access`, so no scope is sent; the user picks an organization
 * on the consent screen, and the token names it (`organization_id`) beside the user (`user_id`). Each refresh
 * issues a new refresh token and retires the old one. Without `clientId`, reads `CLOSE_CLIENT_ID` /
 * `CLOSE_CLIENT_SECRET` from the config source.
 *
 * @example close({ clientId, clientSecret })
 */
export const close = oauth2Preset<NoOptions, CloseProfile>({
  id: "close",
  name: "Close",
  docs: "https://developer.close.com/api/overview/oauth-authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.close.com/oauth2/authorize/",
    tokenUrl: "https://api.close.com/oauth2/token/",
    baseUrl: "https://api.close.com/api/v1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "me/",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined,
      email: raw.email,
      avatarUrl: raw.image,
    }),
  },
});
