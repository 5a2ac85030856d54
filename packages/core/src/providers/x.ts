// X (Twitter) OAuth 2.0: PKCE required, Basic client authentication, `offline.access` for a refresh token.
import { oauth2Preset } from "./preset.js";

export interface XOptions {
  /** Ask for a refresh token (adds the `offline.access` scope). */
  offline?: boolean;
}

/** X's `GET /2/users/me?user.fields=profile_image_url`. */
export interface XProfile {
  data: {
    id: string;
    name: string;
    username: string;
    profile_image_url?: string;
    [field: string]: unknown;
  };
}

/**
 * X, OAuth 2.0 (the OAuth 1.0a flow is `twitter()`). Without `clientId`, reads `X_CLIENT_ID` / `X_CLIENT_SECRET`
 * from the config source.
 *
 * @example x({ clientId, clientSecret, offline: true })
 */
export const x = oauth2Preset<XOptions, XProfile>({
  id: "x",
  name: "X (OAuth 2.0)",
  docs: "https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code",
  checked: "2026-11-27",
  options: ["offline"],
  oauth2: ({ offline }) => ({
    authorizationUrl: "https://x.com/i/oauth2/authorize",
    tokenUrl: "https://api.x.com/2/oauth2/token",
    revocationUrl: "https://api.x.com/2/oauth2/revoke",
    baseUrl: "https://api.x.com/2/",
    scope: ["users.read", "tweet.read", ...(offline ? ["offline.access"] : [])],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "required",
    refresh: "rotating",
  }),
  profile: {
    url: "users/me?user.fields=profile_image_url",
    map: ({ data }) => ({ id: data.id, name: data.name, avatarUrl: data.profile_image_url }),
  },
});
