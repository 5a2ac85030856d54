// Signicat: eIDs and identity verification over OpenID Connect under https://<domain>/auth/open.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface SignicatOptions {
  /** The account's domain: `example.sandbox.signicat.com`, `example.app.signicat.com`, or a custom domain. */
  domain: string;
  /** Go straight to one eID (`acr_values=idp:<name>`): `nbid`, `mitid`, `sbid`, `ftn`, `itsme`, ... */
  idp?: string;
}

/** The claims of a Signicat ID token; which ones come depends on the eID. */
export interface SignicatProfile extends OidcClaims {
  idp?: string;
  idp_id?: string;
}

/**
 * Signicat (Authentication, OIDC). `idp` skips the eID picker; add `offline_access` to the scope for a refresh
 * token. Without `clientId`, reads `SIGNICAT_CLIENT_ID` / `SIGNICAT_CLIENT_SECRET`.
 *
 * @example signicat({ domain: "example.sandbox.signicat.com", idp: "nbid", clientId, clientSecret })
 */
export const signicat = oauth2Preset<SignicatOptions, SignicatProfile>({
  id: "signicat",
  name: "Signicat",
  docs: "https://developer.signicat.com/docs/eid-hub/oidc/",
  checked: "2026-12-04",
  options: ["domain", "idp"],
  required: ["domain"],
  example: { domain: "example.sandbox.signicat.com" },
  oauth2: ({ idp }) => ({
    issuer: "https://{domain}/auth/open",
    authorizationUrl: "https://{domain}/auth/open/connect/authorize",
    tokenUrl: "https://{domain}/auth/open/connect/token",
    userinfoUrl: "https://{domain}/auth/open/connect/userinfo",
    revocationUrl: "https://{domain}/auth/open/connect/revocation",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile"],
    refresh: "standard",
    authorizationParams: idp ? { acr_values: `idp:${idp}` } : {},
  }),
  profile: oidcClaims,
});
