// Freja eID (Sweden, Norway, Finland, Denmark): OpenID Connect whose endpoints are discovered from the environment's issuer.
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface FrejaOptions {
  /** Use the customer test environment (`oidc-ct.test.frejaeid.com`) instead of production. */
  test?: boolean;
}

/** The claims of a Freja eID ID token (and UserInfo answer). */
export type FrejaProfile = OidcClaims;

/**
 * Freja eID. Authentication only (no signing); the minimum registration level of the users is set with Freja
 * when the client is provisioned. The endpoints come from the issuer's discovery document. Without `clientId`,
 * reads `FREJA_CLIENT_ID` / `FREJA_CLIENT_SECRET` from the config source.
 *
 * @example freja({ clientId, clientSecret, test: true })
 */
export const freja = oauth2Preset<FrejaOptions, FrejaProfile>({
  id: "freja",
  name: "Freja eID",
  docs: "https://frejaeid.freshdesk.com/support/solutions/articles/77000468659-openid-connect-integration-guide",
  checked: "2026-12-04",
  options: ["test"],
  oauth2: ({ test }) => ({
    issuer: test ? "https://oidc-ct.test.frejaeid.com/oidc" : "https://oidc.prod.frejaeid.com/oidc",
    scope: ["openid", "profile", "email"],
    refresh: "standard",
  }),
});
