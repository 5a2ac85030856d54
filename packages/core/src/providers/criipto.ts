// Criipto (Idura) Verify: national eIDs (BankID, MitID, ...) over OpenID Connect; `acr_values` picks the eID.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface CriiptoOptions {
  /** The tenant's domain: `example.criipto.id`, or its custom domain. */
  domain: string;
  /** The eID to log in with (`acr_values`): `urn:grn:authn:se:bankid:same-device`, `urn:grn:authn:dk:mitid:substantial`, ... */
  acrValues?: string;
}

/** The claims of a Criipto ID token; which ones come depends on the eID. */
export interface CriiptoProfile extends OidcClaims {
  identityscheme?: string;
}

/**
 * Criipto Verify. Client ids are URNs (`urn:my:application:identifier:1234`), form-encoded in the Basic header as
 * RFC 6749 says. No refresh tokens. Without `acrValues`, the user picks an eID. Without `clientId`, reads
 * `CRIIPTO_CLIENT_ID` / `CRIIPTO_CLIENT_SECRET`.
 *
 * @example criipto({ domain: "example.criipto.id", acrValues: "urn:grn:authn:dk:mitid:substantial", clientId, clientSecret })
 */
export const criipto = oauth2Preset<CriiptoOptions, CriiptoProfile>({
  id: "criipto",
  name: "Criipto Verify",
  docs: "https://docs.criipto.com/verify/getting-started/oidc-intro/",
  checked: "2026-12-04",
  options: ["domain", "acrValues"],
  required: ["domain"],
  example: { domain: "example.criipto.id" },
  oauth2: ({ acrValues }) => ({
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/oauth2/authorize",
    tokenUrl: "https://{domain}/oauth2/token",
    userinfoUrl: "https://{domain}/oauth2/userinfo",
    baseUrl: "https://{domain}/",
    scope: ["openid"],
    basicAuthEncoding: "form-urlencoded",
    refresh: "none",
    authorizationParams: acrValues ? { acr_values: acrValues } : {},
  }),
  profile: oidcClaims,
});
