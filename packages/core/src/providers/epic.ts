// Epic on FHIR (SMART App Launch, standalone): one organization's OAuth server, `aud` naming its FHIR base URL.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface EpicOptions {
  /**
   * The organization's OAuth 2.0 server: its FHIR base URL without `/api/FHIR/R4`, as open.epic.com lists it
   * (`https://epicproxy.example.org/OAuth2-PRD`). Default: Epic's sandbox.
   */
  server?: string;
  /** The FHIR version path under `{server}/api/FHIR/`, which `aud` names. Default `R4`. */
  fhirVersion?: "R4" | "STU3" | "DSTU2";
}

/** The claims of an Epic ID token (scopes `openid fhirUser`): `fhirUser` is the Patient or Practitioner URL. */
export interface EpicProfile extends OidcClaims {
  fhirUser?: string;
}

/**
 * Epic. `aud` is always sent (organizations may require it). The token answer carries the launch context
 * (`patient`, `encounter`...); refresh tokens go to confidential clients (`offline_access`). Without `clientId`,
 * reads `EPIC_CLIENT_ID` / `EPIC_CLIENT_SECRET` from the config source.
 *
 * @example epic({ server: "https://epicproxy.example.org/OAuth2-PRD", clientId, scope: ["openid", "fhirUser", "patient/Patient.read"] })
 */
export const epic = oauth2Preset<EpicOptions, EpicProfile>({
  id: "epic",
  name: "Epic on FHIR",
  docs: "https://fhir.epic.com/Documentation?docId=oauth2",
  checked: "2026-12-04",
  options: ["server", "fhirVersion"],
  defaultOptions: { server: "https://fhir.epic.com/interconnect-fhir-oauth", fhirVersion: "R4" },
  oauth2: ({ server, fhirVersion }) => ({
    issuer: "{server}/oauth2",
    authorizationUrl: "{server}/oauth2/authorize",
    tokenUrl: "{server}/oauth2/token",
    baseUrl: `{server}/api/FHIR/${fhirVersion}/`,
    scope: ["openid", "fhirUser"],
    refresh: "standard",
    authorizationParams: { aud: `${server?.replace(/\/+$/, "")}/api/FHIR/${fhirVersion}` },
  }),
  profile: oidcClaims,
});
