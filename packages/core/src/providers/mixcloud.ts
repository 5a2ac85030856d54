// Mixcloud: a GET token exchange, tokens that never expire, the token as an `access_token` query parameter.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Mixcloud's `GET /me/`. */
export interface MixcloudProfile {
  key: string;
  username: string;
  name?: string;
  url?: string;
  pictures?: Record<string, string>;
  [field: string]: unknown;
}

/**
 * Mixcloud. There are no scopes and no refresh tokens; users have no numeric id, so the profile id is the
 * username. Without `clientId`, reads `MIXCLOUD_CLIENT_ID` / `MIXCLOUD_CLIENT_SECRET` from the config source.
 *
 * @example mixcloud({ clientId, clientSecret })
 */
export const mixcloud = oauth2Preset<NoOptions, MixcloudProfile>({
  id: "mixcloud",
  name: "Mixcloud",
  docs: "https://www.mixcloud.com/developers/#authorization",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.mixcloud.com/oauth/authorize",
    tokenUrl: "https://www.mixcloud.com/oauth/access_token",
    baseUrl: "https://api.mixcloud.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "access_token",
  },
  profile: {
    url: "me/",
    map: (raw) => ({
      id: raw.username,
      name: text(raw.name) ?? raw.username,
      avatarUrl: text(raw.pictures?.large) ?? text(raw.pictures?.medium),
    }),
  },
});
