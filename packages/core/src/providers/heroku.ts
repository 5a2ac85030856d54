// Heroku: the Platform API wants its version in the Accept header; the token exchange needs only the secret.
import { oauth2Preset } from "./preset.js";

export interface HerokuOptions {
  /** The Platform API version `api` asks for (`Accept: application/vnd.heroku+json; version=3`). Default `3`. */
  apiVersion?: string;
}

/** Heroku's `GET /account`. */
export interface HerokuProfile {
  id: string;
  email: string;
  name?: string | null;
  verified?: boolean;
  [field: string]: unknown;
}

/**
 * Heroku. Without `clientId`, reads `HEROKU_CLIENT_ID` / `HEROKU_CLIENT_SECRET` from the config source.
 *
 * @example heroku({ clientId, clientSecret, scope: ["identity"] })
 */
export const heroku = oauth2Preset<HerokuOptions, HerokuProfile>({
  id: "heroku",
  name: "Heroku",
  docs: "https://devcenter.heroku.com/articles/oauth",
  checked: "2026-11-27",
  options: ["apiVersion"],
  defaultOptions: { apiVersion: "3" },
  oauth2: ({ apiVersion }) => ({
    authorizationUrl: "https://id.heroku.com/oauth/authorize",
    tokenUrl: "https://id.heroku.com/oauth/token",
    baseUrl: "https://api.heroku.com/",
    scope: ["identity"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "reuses",
    apiHeaders: { Accept: `application/vnd.heroku+json; version=${apiVersion}` },
  }),
  profile: {
    url: "account",
    map: (raw) => ({
      id: raw.id,
      name: raw.name ?? undefined,
      email: raw.email,
      emailVerified: raw.verified,
    }),
  },
});
