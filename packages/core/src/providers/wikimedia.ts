// Wikimedia (Meta-Wiki's OAuth 2.0, for every Wikimedia wiki): PKCE, JWT access tokens, rotating refresh tokens.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface WikimediaOptions {
  /** The wiki whose `/w/rest.php` serves OAuth. Default `meta.wikimedia.org`, where Wikimedia's consumers live. */
  hostname?: string;
}

/** MediaWiki's `GET /w/rest.php/oauth2/resource/profile` (`realname` and `email` with `mwoauth-authonlyprivate`). */
export interface WikimediaProfile {
  sub: number;
  username: string;
  editcount?: number;
  confirmed_email?: boolean;
  blocked?: boolean;
  groups?: string[];
  realname?: string;
  email?: string;
  [field: string]: unknown;
}

/**
 * Wikimedia. A consumer registered on Meta-Wiki works on every Wikimedia wiki; `sub` is the central (global)
 * user id. Consumers only verifying identity ask for the `mwoauth-authonly` or `mwoauth-authonlyprivate`
 * scope. Each refresh returns a new refresh token. Without `clientId`, reads `WIKIMEDIA_CLIENT_ID` /
 * `WIKIMEDIA_CLIENT_SECRET` from the config source.
 *
 * @example wikimedia({ clientId, clientSecret, scope: ["mwoauth-authonlyprivate"] })
 */
export const wikimedia = oauth2Preset<WikimediaOptions, WikimediaProfile>({
  id: "wikimedia",
  name: "Wikimedia",
  docs: "https://www.mediawiki.org/wiki/OAuth/For_Developers",
  checked: "2026-12-04",
  options: ["hostname"],
  defaultOptions: { hostname: "meta.wikimedia.org" },
  oauth2: {
    authorizationUrl: "https://{hostname}/w/rest.php/oauth2/authorize",
    tokenUrl: "https://{hostname}/w/rest.php/oauth2/access_token",
    baseUrl: "https://{hostname}/w/",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "rest.php/oauth2/resource/profile",
    map: (raw) => ({
      id: raw.sub,
      name: text(raw.realname) ?? raw.username,
      email: text(raw.email),
      ...(raw.email ? { emailVerified: raw.confirmed_email } : {}),
    }),
  },
});
