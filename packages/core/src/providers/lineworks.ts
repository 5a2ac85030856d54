// LINE WORKS (User Account authentication): OAuth 2.0 with OpenID Connect, the client in the body, expires_in as a string.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of a LINE WORKS ID token (scopes `openid profile email`). */
export type LineWorksProfile = OidcClaims;

/**
 * LINE WORKS. Add API scopes (`bot`, `user.read`, `calendar`, ...) for `handle.api` calls to
 * `https://www.worksapis.com/v1.0/`; the ID token names the member. Without `clientId`, reads
 * `LINEWORKS_CLIENT_ID` / `LINEWORKS_CLIENT_SECRET` from the config source.
 *
 * @example lineworks({ clientId, clientSecret, scope: ["openid", "profile", "email", "user.read"] })
 */
export const lineworks = oauth2Preset<NoOptions, LineWorksProfile>({
  id: "lineworks",
  name: "LINE WORKS",
  docs: "https://developers.worksmobile.com/en/docs/auth-oauth",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://auth.worksmobile.com",
    authorizationUrl: "https://auth.worksmobile.com/oauth2/v2.0/authorize",
    tokenUrl: "https://auth.worksmobile.com/oauth2/v2.0/token",
    revocationUrl: "https://auth.worksmobile.com/oauth2/v2.0/revoke",
    baseUrl: "https://www.worksapis.com/v1.0/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: oidcClaims,
});
