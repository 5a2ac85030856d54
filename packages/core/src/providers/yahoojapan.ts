// Yahoo! JAPAN ID (YConnect v2): OpenID Connect whose ID token names only the user; the rest is at UserInfo.
import { standardClaims } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Yahoo! JAPAN's UserInfo (`GET /yconnect/v2/attribute`), the fields the profile reads. */
export interface YahooJapanProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  nickname?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
  [field: string]: unknown;
}

/**
 * Yahoo! JAPAN ID. The token endpoint takes the client in a Basic header; refreshes return a new access token and
 * keep the refresh token (valid four weeks). The ID token carries only `sub`, so the profile is read from
 * UserInfo. Without `clientId`, reads `YAHOOJAPAN_CLIENT_ID` / `YAHOOJAPAN_CLIENT_SECRET` from the config source.
 *
 * @example yahoojapan({ clientId, clientSecret, scope: ["openid", "profile", "email"] })
 */
export const yahoojapan = oauth2Preset<NoOptions, YahooJapanProfile>({
  id: "yahoojapan",
  name: "Yahoo! JAPAN",
  docs: "https://developer.yahoo.co.jp/yconnect/v2/authorization_code/",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://auth.login.yahoo.co.jp/yconnect/v2",
    authorizationUrl: "https://auth.login.yahoo.co.jp/yconnect/v2/authorization",
    tokenUrl: "https://auth.login.yahoo.co.jp/yconnect/v2/token",
    userinfoUrl: "https://userinfo.yahooapis.jp/yconnect/v2/attribute",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "reuses",
  },
  profile: { url: "https://userinfo.yahooapis.jp/yconnect/v2/attribute", map: standardClaims },
});
