// DeviantArt: OAuth 2.1 for new applications (PKCE S256 required), the user from `user/whoami`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** DeviantArt's `GET /api/v1/oauth2/user/whoami` (scope `user`). */
export interface DeviantArtProfile {
  userid: string;
  username: string;
  usericon?: string;
  type?: string;
  [field: string]: unknown;
}

/**
 * DeviantArt. Applications registered since the move to OAuth 2.1 must send PKCE and only take bearer tokens in
 * the Authorization header; refresh tokens last three months. Without `clientId`, reads `DEVIANTART_CLIENT_ID` /
 * `DEVIANTART_CLIENT_SECRET` from the config source.
 *
 * @example deviantart({ clientId, clientSecret, scope: ["user", "browse"] })
 */
export const deviantart = oauth2Preset<NoOptions, DeviantArtProfile>({
  id: "deviantart",
  name: "DeviantArt",
  docs: "https://www.deviantart.com/developers/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.deviantart.com/oauth2/authorize",
    tokenUrl: "https://www.deviantart.com/oauth2/token",
    revocationUrl: "https://www.deviantart.com/oauth2/revoke",
    baseUrl: "https://www.deviantart.com/api/v1/oauth2/",
    scope: ["user"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: {
    url: "user/whoami",
    map: (raw) => ({ id: raw.userid, name: raw.username, avatarUrl: raw.usericon }),
  },
});
