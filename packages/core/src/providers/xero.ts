// Xero (OpenID Connect): Basic client authentication, 30-minute tokens, single-use refresh tokens, tenants per call.
import { standardClaims } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The claims of Xero's ID token (`openid profile email`). */
export interface XeroProfile extends OidcClaims {
  xero_userid?: string;
  global_session_id?: string;
}

/**
 * Xero. Add `offline_access` to the scope for a refresh token. One consent can connect several organisations:
 * list them with `GET https://api.xero.com/connections` and send `Xero-Tenant-Id` on each accounting call.
 * Without `clientId`, reads `XERO_CLIENT_ID` / `XERO_CLIENT_SECRET` from the config source.
 *
 * @example xero({ clientId, clientSecret, scope: ["openid", "profile", "email", "offline_access", "accounting.transactions"] })
 */
export const xero = oauth2Preset<NoOptions, XeroProfile>({
  id: "xero",
  name: "Xero",
  docs: "https://developer.xero.com/documentation/guides/oauth2/auth-flow",
  checked: "2026-12-04",
  oauth2: {
    issuer: "https://identity.xero.com",
    authorizationUrl: "https://login.xero.com/identity/connect/authorize",
    tokenUrl: "https://identity.xero.com/connect/token",
    userinfoUrl: "https://identity.xero.com/connect/userinfo",
    revocationUrl: "https://identity.xero.com/connect/revocation",
    baseUrl: "https://api.xero.com/",
    scope: ["openid", "profile", "email"],
    tokenEndpointAuthMethod: "client_secret_basic",
    refresh: "rotating",
  },
  // The Xero user id (`xero_userid`) is the one the APIs use; `sub` is per identity.
  profile: { map: (raw) => ({ ...standardClaims(raw), id: raw.xero_userid ?? raw.sub }) },
});
