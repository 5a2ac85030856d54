// Oracle Health (Cerner Millennium) SMART App Launch: a tenant's authorization server, a persona, `aud` naming FHIR.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface CernerOptions {
  /** The Millennium tenant id (`ec2458f2-1e24-41c8-b71b-0e701af7583d` is the public sandbox). */
  tenant: string;
  /** Who logs in: `patient` (default, the patient portal login) or `provider` (Millennium users). */
  persona?: "patient" | "provider";
  /**
   * The FHIR server's host. Default `fhir-myrecord.cerner.com` for patients, `fhir-ehr.cerner.com` for providers;
   * `fhir-ehr-code.cerner.com` for the provider sandbox.
   */
  fhirHost?: string;
}

/** The claims of an Oracle Health ID token (scopes `openid fhirUser`): `fhirUser` is the Patient or Practitioner URL. */
export interface CernerProfile extends OidcClaims {
  fhirUser?: string;
}

const AUTHORIZATION = "https://authorization.cerner.com/tenants/{tenant}";
const PROFILE = "protocols/oauth2/profiles/smart-v1";

/**
 * Oracle Health (Cerner). The token endpoint names the FHIR host; `aud` is the FHIR base URL
 * (`https://{fhirHost}/r4/{tenant}`). Refresh tokens need `offline_access` or `online_access`. Without `clientId`,
 * reads `CERNER_CLIENT_ID` / `CERNER_CLIENT_SECRET` from the config source.
 *
 * @example cerner({ tenant, persona: "provider", clientId, clientSecret, scope: ["openid", "fhirUser", "user/Patient.read"] })
 */
export const cerner = oauth2Preset<CernerOptions, CernerProfile>({
  id: "cerner",
  name: "Oracle Health (Cerner)",
  docs: "https://docs.oracle.com/en/industries/health/millennium-platform-apis/millennium-authorization-framework",
  checked: "2026-12-04",
  options: ["tenant", "persona", "fhirHost"],
  required: ["tenant"],
  example: { tenant: "ec2458f2-1e24-41c8-b71b-0e701af7583d" },
  defaultOptions: { persona: "patient" },
  oauth2: ({ tenant, persona, fhirHost }) => {
    const given = fhirHost ?? (persona === "provider" ? "fhir-ehr.cerner.com" : "fhir-myrecord.cerner.com");
    const host = given.replace(/^https?:\/\//i, "").replace(/\/+$/, "");
    return {
      issuer: AUTHORIZATION,
      authorizationUrl: `${AUTHORIZATION}/${PROFILE}/personas/${persona === "provider" ? "provider" : "patient"}/authorize`,
      tokenUrl: `${AUTHORIZATION}/hosts/${encodeURIComponent(host)}/${PROFILE}/token`,
      revocationUrl: `${AUTHORIZATION}/${PROFILE}/token/revoke`,
      baseUrl: `https://${host}/r4/{tenant}/`,
      scope: ["openid", "fhirUser"],
      refresh: "standard",
      authorizationParams: { aud: `https://${host}/r4/${tenant}` },
    };
  },
  profile: oidcClaims,
});
