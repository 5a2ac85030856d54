// Zendesk (per account subdomain): PKCE, expiring access tokens with refresh tokens, `read` / `write` scopes.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface ZendeskOptions {
  /** The account's subdomain: `example` for `example.zendesk.com`. */
  subdomain: string;
}

/** Zendesk's `GET /api/v2/users/me.json`: the user, wrapped in `user`. */
export interface ZendeskProfile {
  user: {
    id: number;
    name: string;
    email?: string;
    photo?: { content_url: string; [field: string]: unknown } | null;
    [field: string]: unknown;
  };
}

/**
 * Zendesk. An OAuth client belongs to one Zendesk account unless Zendesk makes it global. Scopes are `read`,
 * `write` or per resource (`tickets:read`, `users:write`, ...); each refresh returns a new refresh token. Without
 * `clientId`, reads `ZENDESK_CLIENT_ID` / `ZENDESK_CLIENT_SECRET` from the config source.
 *
 * @example zendesk({ subdomain: "example", clientId, clientSecret, scope: ["read", "write"] })
 */
export const zendesk = oauth2Preset<ZendeskOptions, ZendeskProfile>({
  id: "zendesk",
  name: "Zendesk",
  docs: "https://developer.zendesk.com/documentation/api-basics/authentication/using-oauth-to-authenticate-zendesk-api-requests-in-a-web-app/",
  checked: "2026-12-04",
  options: ["subdomain"],
  required: ["subdomain"],
  example: { subdomain: "example" },
  oauth2: {
    authorizationUrl: "https://{subdomain}.zendesk.com/oauth/authorizations/new",
    tokenUrl: "https://{subdomain}.zendesk.com/oauth/tokens",
    baseUrl: "https://{subdomain}.zendesk.com/api/v2/",
    scope: ["read"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "users/me.json",
    map: ({ user }) => ({
      id: user.id,
      name: user.name,
      email: text(user.email),
      avatarUrl: user.photo?.content_url,
    }),
  },
});
