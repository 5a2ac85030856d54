// Wristband: multi-tenant OpenID Connect; logins start on a tenant's vanity domain, tokens come from the application's.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface WristbandOptions {
  /** The application's vanity domain: `yourapp-yourcompany.us.wristband.dev`, or its custom domain. */
  applicationDomain: string;
  /** The tenant's vanity domain to log in to. Default: the application's (application-level login). */
  tenantDomain?: string;
}

/** The claims of a Wristband ID token. */
export interface WristbandProfile extends OidcClaims {
  tnt_id?: string;
  app_id?: string;
  idp_name?: string;
}

/**
 * Wristband. Each tenant has its own authorize endpoint on its vanity domain; without `tenantDomain` the user
 * picks a tenant on the application-level login page (which the application must enable). Ask for
 * `offline_access` for a refresh token. Without `clientId`, reads `WRISTBAND_CLIENT_ID` / `WRISTBAND_CLIENT_SECRET`.
 *
 * @example wristband({ applicationDomain: "yourapp-yourcompany.us.wristband.dev", tenantDomain, clientId, clientSecret })
 */
export const wristband = oauth2Preset<WristbandOptions, WristbandProfile>({
  id: "wristband",
  name: "Wristband",
  docs: "https://docs.wristband.dev/docs/oauth2-and-openid-connect-oidc",
  checked: "2026-12-04",
  options: ["applicationDomain", "tenantDomain"],
  required: ["applicationDomain"],
  example: { applicationDomain: "yourapp-yourcompany.us.wristband.dev" },
  oauth2: ({ tenantDomain }) => ({
    issuer: "https://{applicationDomain}",
    authorizationUrl: `https://${tenantDomain ? "{tenantDomain}" : "{applicationDomain}"}/api/v1/oauth2/authorize`,
    tokenUrl: "https://{applicationDomain}/api/v1/oauth2/token",
    userinfoUrl: "https://{applicationDomain}/api/v1/oauth2/userinfo",
    revocationUrl: "https://{applicationDomain}/api/v1/oauth2/revoke",
    baseUrl: "https://{applicationDomain}/api/v1/",
    scope: ["openid", "email", "profile"],
    refresh: "standard",
  }),
  profile: oidcClaims,
});
