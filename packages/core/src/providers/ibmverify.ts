// IBM Verify (formerly IBM Security Verify, SaaS): a tenant's OpenID Connect endpoints under /oauth2.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface IbmVerifyOptions {
  /** The tenant's host: `example.verify.ibm.com`, or its custom domain. */
  tenant: string;
}

/** The claims of an IBM Verify ID token. */
export interface IbmVerifyProfile extends OidcClaims {
  groupIds?: string[];
}

/**
 * IBM Verify. PKCE is a per-application setting ("Require proof key for code exchange"); the preset always sends
 * it. Without `clientId`, reads `IBMVERIFY_CLIENT_ID` / `IBMVERIFY_CLIENT_SECRET`.
 *
 * @example ibmverify({ tenant: "example.verify.ibm.com", clientId, clientSecret })
 */
export const ibmverify = oauth2Preset<IbmVerifyOptions, IbmVerifyProfile>({
  id: "ibmverify",
  name: "IBM Verify",
  docs: "https://docs.verify.ibm.com/verify/docs/oauth-20-concepts",
  checked: "2026-12-04",
  options: ["tenant"],
  required: ["tenant"],
  example: { tenant: "example.verify.ibm.com" },
  oauth2: {
    issuer: "https://{tenant}/oauth2",
    authorizationUrl: "https://{tenant}/oauth2/authorize",
    tokenUrl: "https://{tenant}/oauth2/token",
    userinfoUrl: "https://{tenant}/oauth2/userinfo",
    revocationUrl: "https://{tenant}/oauth2/revoke",
    baseUrl: "https://{tenant}/",
    scope: ["openid", "email", "profile"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
