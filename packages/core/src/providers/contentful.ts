// Contentful (Content Management API): content_management_read / _manage scopes; tokens end at the app's set date.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The Content Management API's `GET /users/me`. */
export interface ContentfulProfile {
  firstName?: string;
  lastName?: string;
  email?: string;
  avatarUrl?: string;
  sys: { id: string; type: "User"; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Contentful. Tokens are content management tokens that last until revoked or until the expiry date set on the
 * OAuth application; there are no refresh tokens. Contentful's guide shows the implicit grant; confidential
 * applications exchange a code at `be.contentful.com/oauth/token`. Without `clientId`, reads
 * `CONTENTFUL_CLIENT_ID` / `CONTENTFUL_CLIENT_SECRET` from the config source.
 *
 * @example contentful({ clientId, clientSecret, scope: ["content_management_manage"] })
 */
export const contentful = oauth2Preset<NoOptions, ContentfulProfile>({
  id: "contentful",
  name: "Contentful",
  docs: "https://www.contentful.com/developers/docs/extensibility/oauth/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://be.contentful.com/oauth/authorize",
    tokenUrl: "https://be.contentful.com/oauth/token",
    baseUrl: "https://api.contentful.com/",
    scope: ["content_management_read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.sys.id,
      name: [raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
      avatarUrl: raw.avatarUrl,
    }),
  },
});
