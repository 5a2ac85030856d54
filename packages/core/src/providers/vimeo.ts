// Vimeo (API 3.4): Basic client auth and a JSON token request, tokens that never expire, a versioned Accept header.
import { text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Vimeo's `GET /me`, the fields the profile reads. */
export interface VimeoProfile {
  /** `/users/<id>`. */
  uri: string;
  name?: string;
  link?: string;
  pictures?: { sizes?: { width: number; height: number; link: string }[]; [field: string]: unknown } | null;
  [field: string]: unknown;
}

const ACCEPT = "application/vnd.vimeo.*+json;version=3.4";

/**
 * Vimeo. The token answer also describes the user (`user`) and the app; there are no refresh tokens. Without
 * `clientId`, reads `VIMEO_CLIENT_ID` / `VIMEO_CLIENT_SECRET` from the config source.
 *
 * @example vimeo({ clientId, clientSecret, scope: ["public", "private", "video_files"] })
 */
export const vimeo = oauth2Preset<NoOptions, VimeoProfile>({
  id: "vimeo",
  name: "Vimeo",
  docs: "https://developer.vimeo.com/api/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.vimeo.com/oauth/authorize",
    tokenUrl: "https://api.vimeo.com/oauth/access_token",
    baseUrl: "https://api.vimeo.com/",
    scope: ["public", "private"],
    tokenEndpointAuthMethod: "client_secret_basic",
    tokenRequestFormat: "json",
    tokenHeaders: { Accept: ACCEPT },
    apiHeaders: { Accept: ACCEPT },
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "me",
    map: (raw) => {
      const sizes = raw.pictures?.sizes ?? [];
      return {
        id: raw.uri.replace(/^\/users\//, ""),
        name: text(raw.name),
        avatarUrl: text(sizes[sizes.length - 1]?.link),
      };
    },
  },
});
