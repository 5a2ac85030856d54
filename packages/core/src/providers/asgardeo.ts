// Asgardeo (WSO2's identity service): one organization's OpenID Connect endpoints under api.asgardeo.io/t/<org>.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AsgardeoOptions {
  /** The organization's name, as in `https://api.asgardeo.io/t/<organization>`. */
  organization: string;
}

/** The claims of an Asgardeo ID token. */
export type AsgardeoProfile = OidcClaims;

/**
 * Asgardeo. The issuer is the token endpoint's URL (`.../oauth2/token`), as Asgardeo names it; a refresh token
 * comes only when the app has the refresh grant enabled, and the same one is returned on refresh unless "Renew
 * refresh token" is on. Without `clientId`, reads `ASGARDEO_CLIENT_ID` / `ASGARDEO_CLIENT_SECRET`.
 *
 * @example asgardeo({ organization: "bifrost", clientId, clientSecret })
 */
export const asgardeo = oauth2Preset<AsgardeoOptions, AsgardeoProfile>({
  id: "asgardeo",
  name: "Asgardeo",
  docs: "https://wso2.com/asgardeo/docs/guides/authentication/oidc/implement-auth-code/",
  checked: "2026-12-04",
  options: ["organization"],
  required: ["organization"],
  example: { organization: "bifrost" },
  oauth2: {
    issuer: "https://api.asgardeo.io/t/{organization}/oauth2/token",
    authorizationUrl: "https://api.asgardeo.io/t/{organization}/oauth2/authorize",
    tokenUrl: "https://api.asgardeo.io/t/{organization}/oauth2/token",
    userinfoUrl: "https://api.asgardeo.io/t/{organization}/oauth2/userinfo",
    revocationUrl: "https://api.asgardeo.io/t/{organization}/oauth2/revoke",
    baseUrl: "https://api.asgardeo.io/t/{organization}/",
    scope: ["openid", "email", "profile"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
