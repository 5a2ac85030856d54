// FreshBooks: a JSON token request with the secret in the body, 12-hour tokens, single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** FreshBooks' `GET /auth/api/v1/users/me` (scope `user:profile:read`). */
export interface FreshBooksProfile {
  response: {
    id: number;
    identity_id?: number;
    first_name?: string;
    last_name?: string;
    email?: string;
    confirmed_at?: string | null;
    business_memberships?: {
      id: number;
      role: string;
      business: { id: number; name: string; account_id?: string };
    }[];
    [field: string]: unknown;
  };
}

/**
 * FreshBooks. A user can belong to several businesses: `business_memberships` in the profile names their
 * `account_id` (accounting API) and business `id` (projects, time tracking). Each refresh token works once.
 * Without `clientId`, reads `FRESHBOOKS_CLIENT_ID` / `FRESHBOOKS_CLIENT_SECRET` from the config source.
 *
 * @example freshbooks({ clientId, clientSecret, scope: ["user:profile:read", "user:invoices:read"] })
 */
export const freshbooks = oauth2Preset<NoOptions, FreshBooksProfile>({
  id: "freshbooks",
  name: "FreshBooks",
  docs: "https://www.freshbooks.com/api/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth.freshbooks.com/oauth/authorize",
    tokenUrl: "https://api.freshbooks.com/auth/oauth/token",
    revocationUrl: "https://api.freshbooks.com/auth/oauth/revoke",
    baseUrl: "https://api.freshbooks.com/",
    scope: ["user:profile:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "auth/api/v1/users/me",
    map: ({ response: user }) => ({
      id: user.id,
      name: [user.first_name, user.last_name].filter(Boolean).join(" ") || undefined,
      email: user.email,
      ...(user.confirmed_at !== undefined ? { emailVerified: Boolean(user.confirmed_at) } : {}),
    }),
  },
});
