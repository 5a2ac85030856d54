// Descope as an OpenID Connect provider: the client id is the project id, the client secret an access key.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface DescopeOptions {
  /** The project id (`P2ab…`): the issuer's last path segment. */
  projectId: string;
  /** The API host: `api.descope.com` (default), or the project's custom domain. */
  domain?: string;
  /** Run this flow instead of the project's default one (`flow`). */
  flow?: string;
}

/** The claims of a Descope ID token. */
export interface DescopeProfile extends OidcClaims {
  phone_number?: string;
  phone_number_verified?: boolean;
}

/**
 * Descope. `clientId` is the project id and `clientSecret` a Descope access key; the endpoints are shared by every
 * project, the issuer is `https://api.descope.com/<project id>`. Without `clientId`, reads `DESCOPE_CLIENT_ID` /
 * `DESCOPE_CLIENT_SECRET`.
 *
 * @example descope({ projectId: "P2abc123", clientId: "P2abc123", clientSecret: accessKey, flow: "sign-up-or-in" })
 */
export const descope = oauth2Preset<DescopeOptions, DescopeProfile>({
  id: "descope",
  name: "Descope",
  docs: "https://docs.descope.com/identity-federation/applications/oidc-apps/oidc-endpoints",
  checked: "2026-12-04",
  options: ["projectId", "domain", "flow"],
  required: ["projectId"],
  defaultOptions: { domain: "api.descope.com" },
  example: { projectId: "P2abc123" },
  oauth2: ({ flow }) => ({
    issuer: "https://{domain}/{projectId}",
    authorizationUrl: "https://{domain}/oauth2/v1/authorize",
    tokenUrl: "https://{domain}/oauth2/v1/token",
    userinfoUrl: "https://{domain}/oauth2/v1/userinfo",
    revocationUrl: "https://{domain}/oauth2/v1/revoke",
    baseUrl: "https://{domain}/",
    scope: ["openid", "email", "profile"],
    refresh: "standard",
    authorizationParams: flow ? { flow } : {},
  }),
  profile: oidcClaims,
});
