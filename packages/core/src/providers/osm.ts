// OpenStreetMap: OAuth 2 with PKCE; tokens do not expire.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** OpenStreetMap's `GET /api/0.6/user/details.json`. */
export interface OsmProfile {
  user: { id: number; display_name: string; img?: { href: string }; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * OpenStreetMap. Without `clientId`, reads `OSM_CLIENT_ID` / `OSM_CLIENT_SECRET` from the config source.
 *
 * @example osm({ clientId, clientSecret, scope: ["read_prefs", "write_api"] })
 */
export const osm = oauth2Preset<NoOptions, OsmProfile>({
  id: "osm",
  name: "OpenStreetMap",
  docs: "https://wiki.openstreetmap.org/wiki/OAuth",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.openstreetmap.org/oauth2/authorize",
    tokenUrl: "https://www.openstreetmap.org/oauth2/token",
    revocationUrl: "https://www.openstreetmap.org/oauth2/revoke",
    baseUrl: "https://api.openstreetmap.org/api/0.6/",
    scope: ["read_prefs"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "none",
  },
  profile: {
    url: "user/details.json",
    map: ({ user }) => ({ id: user.id, name: user.display_name, avatarUrl: user.img?.href }),
  },
});
