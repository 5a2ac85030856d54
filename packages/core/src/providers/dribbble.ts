// Dribbble API v2: client credentials in the body; tokens do not expire.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Dribbble's `GET /v2/user`. */
export interface DribbbleProfile {
  id: number;
  name: string;
  login: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * Dribbble. Without `clientId`, reads `DRIBBBLE_CLIENT_ID` / `DRIBBBLE_CLIENT_SECRET` from the config source.
 *
 * @example dribbble({ clientId, clientSecret, scope: ["public", "upload"] })
 */
export const dribbble = oauth2Preset<NoOptions, DribbbleProfile>({
  id: "dribbble",
  name: "Dribbble",
  docs: "https://developer.dribbble.com/v2/oauth/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://dribbble.com/oauth/authorize",
    tokenUrl: "https://dribbble.com/oauth/token",
    baseUrl: "https://api.dribbble.com/v2/",
    scope: ["public"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "user",
    map: (raw) => ({ id: raw.id, name: raw.name || raw.login, avatarUrl: raw.avatar_url }),
  },
});
