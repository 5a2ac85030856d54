// athenahealth (athenaOne) 3-legged OAuth: SMART App Launch on an Okta-run server, `aud` naming the FHIR R4 base.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AthenahealthOptions {
  /** Use the preview environment (`api.preview.platform.athenahealth.com`) instead of production. */
  preview?: boolean;
}

/** The claims of an athenahealth ID token (scopes `openid fhirUser`): `fhirUser` is the Patient or Practitioner. */
export interface AthenahealthProfile extends OidcClaims {
  fhirUser?: string;
}

/**
 * athenahealth. 3-legged credentials are issued on request (patient-facing apps first); the client secret goes
 * in a Basic header. The token answer may carry the launch context (`patient`) and, with `offline_access`, a
 * refresh token. Without `clientId`, reads `ATHENAHEALTH_CLIENT_ID` / `ATHENAHEALTH_CLIENT_SECRET` from the
 * config source.
 *
 * @example athenahealth({ clientId, clientSecret, preview: true, scope: ["openid", "fhirUser", "launch/patient", "patient/Patient.read"] })
 */
export const athenahealth = oauth2Preset<AthenahealthOptions, AthenahealthProfile>({
  id: "athenahealth",
  name: "athenahealth",
  docs: "https://docs.athenahealth.com/api/guides/authorize-endpoint",
  checked: "2026-12-04",
  options: ["preview"],
  oauth2: ({ preview }) => {
    const host = preview
      ? "https://api.preview.platform.athenahealth.com"
      : "https://api.platform.athenahealth.com";
    return {
      issuer: host,
      authorizationUrl: `${host}/oauth2/v1/authorize`,
      tokenUrl: `${host}/oauth2/v1/token`,
      userinfoUrl: `${host}/oauth2/v1/userinfo`,
      baseUrl: `${host}/fhir/r4/`,
      scope: ["openid", "fhirUser"],
      tokenEndpointAuthMethod: "client_secret_basic",
      refresh: "standard",
      authorizationParams: { aud: `${host}/fhir/r4` },
    };
  },
  profile: oidcClaims,
});
