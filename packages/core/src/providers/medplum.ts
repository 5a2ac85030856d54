// Medplum (FHIR platform, hosted or self-hosted): OpenID Connect with PKCE, Basic client authentication.
import { standardClaims } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface MedplumOptions {
  /** The Medplum server's base URL, for self-hosted servers. Default `https://api.medplum.com`. */
  server?: string;
}

/** Medplum's `GET /oauth2/userinfo` (names and contacts come from the user's FHIR profile resource). */
export type MedplumProfile = OidcClaims;

/**
 * Medplum. The ID token names the user; the name and email are read from the userinfo endpoint. Refreshes keep
 * the first refresh token (the answer to a refresh has none). Public clients use PKCE without a secret. Without
 * `clientId`, reads `MEDPLUM_CLIENT_ID` / `MEDPLUM_CLIENT_SECRET` from the config source.
 *
 * @example medplum({ clientId, clientSecret })
 * @example medplum({ server: "https://medplum.example.org", clientId })
 */
export const medplum = oauth2Preset<MedplumOptions, MedplumProfile>({
  id: "medplum",
  name: "Medplum",
  docs: "https://www.medplum.com/docs/auth/methods/oauth-auth-code",
  checked: "2026-12-04",
  options: ["server"],
  defaultOptions: { server: "https://api.medplum.com" },
  oauth2: {
    issuer: "{server}/",
    authorizationUrl: "{server}/oauth2/authorize",
    tokenUrl: "{server}/oauth2/token",
    userinfoUrl: "{server}/oauth2/userinfo",
    baseUrl: "{server}/fhir/R4/",
    scope: ["openid"],
    tokenEndpointAuthMethod: "client_secret_basic",
    clientIdInBody: true,
    refresh: "reuses",
  },
  profile: { url: "{server}/oauth2/userinfo", map: standardClaims },
});
