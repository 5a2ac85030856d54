// CMS Blue Button 2.0 (Medicare claims, FHIR R4): PKCE required, Basic client authentication, a sandbox.
import { oauth2Preset } from "./preset.js";

export interface BlueButtonOptions {
  /** Use the sandbox (`sandbox.bluebutton.cms.gov`, synthetic beneficiaries) instead of production. */
  sandbox?: boolean;
}

/** Blue Button's `GET /v2/connect/userinfo` (scope `profile`): `patient` is the beneficiary's FHIR Patient id. */
export interface BlueButtonProfile {
  sub: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  patient?: string;
  [field: string]: unknown;
}

/**
 * Blue Button 2.0. Confidential clients only; the beneficiary may decline to share demographics, and the token
 * answer names the FHIR Patient (`patient`). Refresh tokens are single-use and only for approved 13-month or
 * research apps. Without `clientId`, reads `BLUEBUTTON_CLIENT_ID` / `BLUEBUTTON_CLIENT_SECRET` from the config
 * source.
 *
 * @example bluebutton({ clientId, clientSecret, sandbox: true, scope: ["profile", "patient/ExplanationOfBenefit.rs"] })
 */
export const bluebutton = oauth2Preset<BlueButtonOptions, BlueButtonProfile>({
  id: "bluebutton",
  name: "CMS Blue Button 2.0",
  docs: "https://bluebutton.cms.gov/api-documentation/authorization/",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const host = sandbox ? "https://sandbox.bluebutton.cms.gov" : "https://api.bluebutton.cms.gov";
    return {
      authorizationUrl: `${host}/v2/o/authorize/`,
      tokenUrl: `${host}/v2/o/token/`,
      revocationUrl: `${host}/v2/o/revoke_token/`,
      userinfoUrl: `${host}/v2/connect/userinfo`,
      baseUrl: `${host}/v2/`,
      scope: ["profile"],
      tokenEndpointAuthMethod: "client_secret_basic",
      pkceSupport: "required",
      refresh: "rotating",
    };
  },
  profile: {
    url: "connect/userinfo",
    map: (raw) => ({ id: raw.sub, name: raw.name, email: raw.email }),
  },
});
