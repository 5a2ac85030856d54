// FusionAuth (cloud or self-hosted): one instance's OAuth endpoints under /oauth2/, a tenant id on the redirect.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface FusionAuthOptions {
  /** The instance's host: `example.fusionauth.io`, or your own domain. */
  domain: string;
  /** The tenant to log in to (`tenantId`), for instances with more than one tenant. */
  tenantId?: string;
}

/** The claims of a FusionAuth ID token. */
export type FusionAuthProfile = OidcClaims;

/**
 * FusionAuth. The client id is the application's id. Ask for `offline_access` for a refresh token. The ID token's
 * issuer is the tenant's configured issuer: set it to the instance's URL (`https://<domain>`), or pass `issuer`.
 * FusionAuth has no revocation endpoint. Without `clientId`, reads `FUSIONAUTH_CLIENT_ID` /
 * `FUSIONAUTH_CLIENT_SECRET`.
 *
 * @example fusionauth({ domain: "auth.example.com", tenantId, clientId, clientSecret, scope: ["openid", "offline_access"] })
 */
export const fusionauth = oauth2Preset<FusionAuthOptions, FusionAuthProfile>({
  id: "fusionauth",
  name: "FusionAuth",
  docs: "https://fusionauth.io/docs/lifecycle/authenticate-users/oauth/endpoints",
  checked: "2026-12-04",
  options: ["domain", "tenantId"],
  required: ["domain"],
  example: { domain: "auth.example.com" },
  oauth2: ({ tenantId }) => ({
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth2/authorize",
    tokenUrl: "https://{domain}/oauth2/token",
    userinfoUrl: "https://{domain}/oauth2/userinfo",
    baseUrl: "https://{domain}/api/",
    scope: ["openid", "email", "profile"],
    refresh: "standard",
    authorizationParams: tenantId ? { tenantId } : {},
  }),
  profile: oidcClaims,
});
