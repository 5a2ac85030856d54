// DigiLocker (India): OAuth 2.0 with PKCE for Authorized Partners; the account holder from `GET /oauth2/1/user`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** DigiLocker's `GET /public/oauth2/1/user`. */
export interface DigiLockerProfile {
  /** A unique 36-character DigiLocker id. */
  digilockerid: string;
  name?: string;
  /** Date of birth, `DDMMYYYY`. */
  dob?: string;
  gender?: "M" | "F" | "T";
  /** Whether eAadhaar data is available (`Y` / `N`). */
  eaadhaar?: "Y" | "N";
  [field: string]: unknown;
}

/**
 * DigiLocker. `clientId` and `clientSecret` come from the Partners Portal. The token answer carries the account
 * holder's details as well; the profile reads them from the user endpoint. Without `clientId`, reads
 * `DIGILOCKER_CLIENT_ID` / `DIGILOCKER_CLIENT_SECRET` from the config source.
 *
 * @example digilocker({ clientId, clientSecret })
 */
export const digilocker = oauth2Preset<NoOptions, DigiLockerProfile>({
  id: "digilocker",
  name: "DigiLocker",
  docs: "https://apisetu.gov.in/api_specification_v8/authpartner.yaml",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://api.digitallocker.gov.in/public/oauth2/1/authorize",
    tokenUrl: "https://api.digitallocker.gov.in/public/oauth2/1/token",
    baseUrl: "https://api.digitallocker.gov.in/public/",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "standard",
  },
  profile: {
    url: "oauth2/1/user",
    map: (raw) => ({ id: raw.digilockerid, name: raw.name }),
  },
});
