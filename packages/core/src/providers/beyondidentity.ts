// Beyond Identity: passkey sign-in; each application is its own OpenID Connect issuer under its tenant and realm.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { fillTemplate, oauth2Preset } from "./preset.js";

export interface BeyondIdentityOptions {
  /** The tenant's region: `us` (default) or `eu`. */
  region?: "us" | "eu";
  /** The tenant id. */
  tenantId: string;
  /** The realm id the application lives in. */
  realmId: string;
  /** The application id (not the client id). */
  applicationId: string;
}

/** The claims of a Beyond Identity ID token. */
export type BeyondIdentityProfile = OidcClaims;

/**
 * Beyond Identity. The endpoints hang under the application's own issuer
 * (`auth-<region>.beyondidentity.com/v1/tenants/…/realms/…/applications/…`); refresh tokens come only when the
 * application enables them. Without `clientId`, reads `BEYONDIDENTITY_CLIENT_ID` / `BEYONDIDENTITY_CLIENT_SECRET`.
 *
 * @example beyondidentity({ tenantId, realmId, applicationId, clientId, clientSecret })
 */
export const beyondidentity = oauth2Preset<BeyondIdentityOptions, BeyondIdentityProfile>({
  id: "beyondidentity",
  name: "Beyond Identity",
  docs: "https://developer.beyondidentity.com/docs/create-api-token",
  checked: "2026-12-04",
  options: ["region", "tenantId", "realmId", "applicationId"],
  required: ["tenantId", "realmId", "applicationId"],
  defaultOptions: { region: "us" },
  example: { tenantId: "00012da391ea206d", realmId: "862e4b72cfdce072", applicationId: "af579a2a-1215" },
  oauth2: ({ region }) => {
    // The region is a part of the host name, which a path-segment template cannot check.
    const origin = fillTemplate("beyondidentity", "https://{host}", {
      host: `auth-${region}.beyondidentity.com`,
    });
    const issuer = `${origin}/v1/tenants/{tenantId}/realms/{realmId}/applications/{applicationId}`;
    return {
      issuer,
      authorizationUrl: `${issuer}/authorize`,
      tokenUrl: `${issuer}/token`,
      scope: ["openid", "email", "profile"],
      refresh: "standard",
    };
  },
  profile: oidcClaims,
});
