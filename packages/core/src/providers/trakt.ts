// Trakt: a JSON token request, and an API version header and the client id (`trakt-api-key`) on every API call.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Trakt's `GET /users/settings`, the fields the profile reads. */
export interface TraktProfile {
  user: {
    username: string;
    name?: string | null;
    ids: { slug: string; uuid?: string };
    images?: { avatar?: { full?: string } };
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Trakt. There are no scopes and no email address. Without `clientId`, reads `TRAKT_CLIENT_ID` /
 * `TRAKT_CLIENT_SECRET` from the config source.
 *
 * @example trakt({ clientId, clientSecret })
 */
export const trakt = oauth2Preset<NoOptions, TraktProfile>({
  id: "trakt",
  name: "Trakt",
  docs: "https://trakt.docs.apiary.io/#reference/authentication-oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://trakt.tv/oauth/authorize",
    tokenUrl: "https://api.trakt.tv/oauth/token",
    revocationUrl: "https://api.trakt.tv/oauth/revoke",
    baseUrl: "https://api.trakt.tv/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    pkceSupport: "unsupported",
    refresh: "standard",
    apiClientIdHeader: "trakt-api-key",
    apiHeaders: { "trakt-api-version": "2" },
  },
  profile: {
    url: "users/settings",
    map: ({ user }) => ({
      id: user.ids.uuid ?? user.ids.slug,
      name: text(user.name) ?? user.username,
      avatarUrl: text(user.images?.avatar?.full),
    }),
  },
});
