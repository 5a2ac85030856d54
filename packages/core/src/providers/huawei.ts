// HUAWEI Account Kit (HUAWEI ID) on the web: OpenID Connect, refresh tokens only with `access_type=offline`.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface HuaweiOptions {
  /** Ask for a refresh token (`access_type=offline`); it lasts 180 days. */
  offline?: boolean;
}

/** The claims of a HUAWEI ID token (scopes `openid profile`, plus `email`). */
export interface HuaweiProfile {
  /** The user's UnionID. */
  sub: string;
  /** The user's OpenID in this app. */
  openid?: string;
  display_name?: string;
  nickname?: string;
  picture?: string;
  email?: string;
  [claim: string]: unknown;
}

/**
 * HUAWEI ID. `clientId` is the app's OAuth 2.0 client id. ID tokens are signed with PS256 or RS256 and carry
 * `display_name` and `picture` rather than `name`; a refresh returns no new refresh token. Without `clientId`,
 * reads `HUAWEI_CLIENT_ID` / `HUAWEI_CLIENT_SECRET` from the config source.
 *
 * @example huawei({ clientId, clientSecret, offline: true, scope: ["openid", "profile", "email"] })
 */
export const huawei = oauth2Preset<HuaweiOptions, HuaweiProfile>({
  id: "huawei",
  name: "HUAWEI ID",
  docs: "https://developer.huawei.com/consumer/en/doc/HMS-Guides/account-web-guide/",
  checked: "2026-12-04",
  options: ["offline"],
  oauth2: ({ offline }) => ({
    issuer: "https://accounts.huawei.com",
    authorizationUrl: "https://oauth-login.cloud.huawei.com/oauth2/v3/authorize",
    tokenUrl: "https://oauth-login.cloud.huawei.com/oauth2/v3/token",
    revocationUrl: "https://oauth-login.cloud.huawei.com/oauth2/v3/revoke",
    scope: ["openid", "profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    idTokenAlgorithms: ["PS256", "RS256"],
    refresh: "reuses",
    ...(offline ? { authorizationParams: { access_type: "offline" } } : {}),
  }),
  profile: {
    map: (raw) => ({
      id: raw.sub,
      name: text(raw.display_name) ?? text(raw.nickname),
      email: text(raw.email),
      avatarUrl: text(raw.picture),
    }),
  },
});
