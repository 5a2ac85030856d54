// Sentry (sentry.io or self-hosted): the token answer names the user; a token reaches the one organization picked.
import { oauth2Preset } from "./preset.js";

export interface SentryOptions {
  /** The Sentry host (self-hosted installs). Default `sentry.io`. */
  hostname?: string;
}

/** The fields of Sentry's token answer that name the user. */
export interface SentryProfile {
  user: { id: string; name?: string; email?: string };
  [field: string]: unknown;
}

/**
 * Sentry. The user picks one organization on the consent screen and the token reaches only that one (list it
 * with `GET organizations/`). Refreshes return a new refresh token. Without `clientId`, reads
 * `SENTRY_CLIENT_ID` / `SENTRY_CLIENT_SECRET` from the config source.
 *
 * @example sentry({ clientId, clientSecret, scope: ["org:read", "project:read"] })
 */
export const sentry = oauth2Preset<SentryOptions, SentryProfile>({
  id: "sentry",
  name: "Sentry",
  docs: "https://docs.sentry.io/product/partnership-platform/oauth-integration/",
  checked: "2026-12-04",
  options: ["hostname"],
  defaultOptions: { hostname: "sentry.io" },
  oauth2: {
    authorizationUrl: "https://{hostname}/oauth/authorize/",
    tokenUrl: "https://{hostname}/oauth/token/",
    baseUrl: "https://{hostname}/api/0/",
    scope: ["org:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    fromToken: true,
    map: ({ user }) => ({ id: user.id, name: user.name, email: user.email }),
  },
});
