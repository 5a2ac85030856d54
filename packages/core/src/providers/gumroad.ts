// Gumroad: sellers' accounts over a Doorkeeper OAuth server; tokens that do not expire until revoked.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Gumroad's `GET /v2/user`. */
export interface GumroadProfile {
  success: boolean;
  user: {
    user_id: string;
    name?: string | null;
    email?: string | null;
    bio?: string | null;
    url?: string | null;
    twitter_handle?: string | null;
    profile_url?: string | null;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Gumroad. Access tokens never expire (a refresh token comes anyway); `view_profile` is the default scope.
 * Without `clientId`, reads `GUMROAD_CLIENT_ID` / `GUMROAD_CLIENT_SECRET` from the config source.
 *
 * @example gumroad({ clientId, clientSecret, scope: ["view_profile", "view_sales"] })
 */
export const gumroad = oauth2Preset<NoOptions, GumroadProfile>({
  id: "gumroad",
  name: "Gumroad",
  docs: "https://help.gumroad.com/article/280-create-application-api",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://gumroad.com/oauth/authorize",
    tokenUrl: "https://api.gumroad.com/oauth/token",
    baseUrl: "https://api.gumroad.com/v2/",
    scope: ["view_profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user",
    map: ({ user }) => ({
      id: user.user_id,
      name: user.name ?? undefined,
      email: user.email ?? undefined,
      avatarUrl: user.profile_url ?? undefined,
    }),
  },
});
