// Box: client credentials in the body, one-hour tokens with single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Box's `GET /2.0/users/me`. */
export interface BoxProfile {
  id: string;
  type: "user";
  name: string;
  login: string;
  avatar_url?: string;
  [field: string]: unknown;
}

/**
 * Box. Without `clientId`, reads `BOX_CLIENT_ID` / `BOX_CLIENT_SECRET` from the config source.
 *
 * @example box({ clientId, clientSecret })
 */
export const box = oauth2Preset<NoOptions, BoxProfile>({
  id: "box",
  name: "Box",
  docs: "https://developer.box.com/guides/authentication/oauth2/without-sdk/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://account.box.com/api/oauth2/authorize",
    tokenUrl: "https://api.box.com/oauth2/token",
    revocationUrl: "https://api.box.com/oauth2/revoke",
    baseUrl: "https://api.box.com/2.0/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({ id: raw.id, name: raw.name, email: raw.login, avatarUrl: raw.avatar_url }),
  },
});
