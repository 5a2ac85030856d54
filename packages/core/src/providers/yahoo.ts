// Yahoo: OpenID Connect; refreshes keep the first refresh token.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a Yahoo ID token. */
export type YahooProfile = OidcClaims;

/**
 * Yahoo. Without `clientId`, reads `YAHOO_CLIENT_ID` / `YAHOO_CLIENT_SECRET` from the config source.
 *
 * @example yahoo({ clientId, clientSecret })
 */
export const yahoo = oauth2Preset<NoOptions, YahooProfile>({
  id: "yahoo",
  name: "Yahoo",
  docs: "https://developer.yahoo.com/oauth2/guide/openid_connect/",
  checked: "2026-11-27",
  oauth2: {
    issuer: "https://api.login.yahoo.com",
    authorizationUrl: "https://api.login.yahoo.com/oauth2/request_auth",
    tokenUrl: "https://api.login.yahoo.com/oauth2/get_token",
    userinfoUrl: "https://api.login.yahoo.com/openid/v1/userinfo",
    scope: ["openid", "email", "profile"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "reuses",
  },
  profile: oidcClaims,
});
