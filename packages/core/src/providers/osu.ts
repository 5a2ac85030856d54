// osu! API v2: client credentials in the body, rotating refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** osu!'s `GET /api/v2/me`. */
export interface OsuProfile {
  id: number;
  username: string;
  avatar_url: string;
  [field: string]: unknown;
}

/**
 * osu!. Without `clientId`, reads `OSU_CLIENT_ID` / `OSU_CLIENT_SECRET` from the config source.
 *
 * @example osu({ clientId, clientSecret, scope: ["identify", "public"] })
 */
export const osu = oauth2Preset<NoOptions, OsuProfile>({
  id: "osu",
  name: "osu!",
  docs: "https://osu.ppy.sh/docs/index.html#authorization-code-grant",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://osu.ppy.sh/oauth/authorize",
    tokenUrl: "https://osu.ppy.sh/oauth/token",
    baseUrl: "https://osu.ppy.sh/api/v2/",
    scope: ["identify"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "me",
    map: (raw) => ({ id: raw.id, name: raw.username, avatarUrl: raw.avatar_url }),
  },
});
