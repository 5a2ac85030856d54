// SoundCloud (OAuth 2.1): PKCE required, single-use refresh tokens, API calls authorised with the `OAuth` scheme.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** SoundCloud's `GET /me`, the fields the profile reads. */
export interface SoundCloudProfile {
  id: number;
  urn?: string;
  username: string;
  full_name?: string;
  permalink?: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * SoundCloud. Access tokens last an hour; each refresh returns a new refresh token and retires the old one.
 * API calls send `Authorization: OAuth <token>`. Without `clientId`, reads `SOUNDCLOUD_CLIENT_ID` /
 * `SOUNDCLOUD_CLIENT_SECRET` from the config source.
 *
 * @example soundcloud({ clientId, clientSecret })
 */
export const soundcloud = oauth2Preset<NoOptions, SoundCloudProfile>({
  id: "soundcloud",
  name: "SoundCloud",
  docs: "https://developers.soundcloud.com/docs/api/guide#authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://secure.soundcloud.com/authorize",
    tokenUrl: "https://secure.soundcloud.com/oauth/token",
    baseUrl: "https://api.soundcloud.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
    apiAuthScheme: "OAuth",
    apiHeaders: { Accept: "application/json; charset=utf-8" },
  },
  profile: {
    url: "me",
    map: (raw) => ({
      id: raw.id,
      name: text(raw.full_name) ?? raw.username,
      avatarUrl: text(raw.avatar_url),
    }),
  },
});
