// AniList: a JSON token request, year-long tokens that cannot be refreshed, the user from a GraphQL `Viewer` query.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** AniList's answer to `{ Viewer { id name avatar { large } } }` at `https://graphql.anilist.co`. */
export interface AniListProfile {
  data: {
    Viewer: {
      id: number;
      name: string;
      avatar?: { large?: string | null; medium?: string | null };
      [field: string]: unknown;
    };
  };
}

/**
 * AniList. There are no scopes; the token answer carries a refresh token that AniList does not accept back, so
 * users log in again after a year. Without `clientId`, reads `ANILIST_CLIENT_ID` / `ANILIST_CLIENT_SECRET` from
 * the config source.
 *
 * @example anilist({ clientId, clientSecret })
 */
export const anilist = oauth2Preset<NoOptions, AniListProfile>({
  id: "anilist",
  name: "AniList",
  docs: "https://docs.anilist.co/guide/auth/authorization-code",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://anilist.co/api/v2/oauth/authorize",
    tokenUrl: "https://anilist.co/api/v2/oauth/token",
    baseUrl: "https://graphql.anilist.co/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    tokenHeaders: { Accept: "application/json" },
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "https://graphql.anilist.co",
    method: "POST",
    json: { query: "{ Viewer { id name avatar { large } } }" },
    map: ({ data: { Viewer: viewer } }) => ({
      id: viewer.id,
      name: viewer.name,
      avatarUrl: text(viewer.avatar?.large),
    }),
  },
});
