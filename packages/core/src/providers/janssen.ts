// Janssen Server / Gluu Flex: OpenID Connect at /jans-auth/restv1/ on the server's host.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface JanssenOptions {
  /** The server's host: `janssen.example.com`. */
  domain: string;
}

/** The claims of a Janssen ID token. */
export type JanssenProfile = OidcClaims;

/**
 * Janssen Server (the Gluu Flex auth server). The issuer is the server's root; the endpoints live under
 * `/jans-auth/restv1/`. Without `clientId`, reads `JANSSEN_CLIENT_ID` / `JANSSEN_CLIENT_SECRET`.
 *
 * @example janssen({ domain: "janssen.example.com", clientId, clientSecret })
 */
export const janssen = oauth2Preset<JanssenOptions, JanssenProfile>({
  id: "janssen",
  name: "Janssen / Gluu",
  docs: "https://docs.jans.io/head/janssen-server/auth-server/endpoints/authorization/",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "janssen.example.com" },
  oauth2: {
    issuer: "https://{domain}",
    authorizationUrl: "https://{domain}/jans-auth/restv1/authorize",
    tokenUrl: "https://{domain}/jans-auth/restv1/token",
    userinfoUrl: "https://{domain}/jans-auth/restv1/userinfo",
    revocationUrl: "https://{domain}/jans-auth/restv1/revoke",
    baseUrl: "https://{domain}/",
    scope: ["openid", "profile", "email"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
