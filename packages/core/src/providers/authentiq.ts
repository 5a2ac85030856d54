// Authentiq Connect: OpenID Connect on connect.authentiq.io, or a self-hosted Authentiq server.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AuthentiqOptions {
  /** The Authentiq server's host. Default `connect.authentiq.io`. */
  hostname?: string;
}

/** The claims of an Authentiq ID token (or its userinfo answer). */
export type AuthentiqProfile = OidcClaims;

/**
 * Authentiq. Without `clientId`, reads `AUTHENTIQ_CLIENT_ID` / `AUTHENTIQ_CLIENT_SECRET` from the config source.
 *
 * @example authentiq({ clientId, clientSecret, scope: ["openid", "profile", "email"] })
 */
export const authentiq = oauth2Preset<AuthentiqOptions, AuthentiqProfile>({
  id: "authentiq",
  name: "Authentiq",
  docs: "https://developers.authentiq.io/",
  checked: "2026-11-27",
  options: ["hostname"],
  defaultOptions: { hostname: "connect.authentiq.io" },
  oauth2: {
    issuer: "https://{hostname}/",
    authorizationUrl: "https://{hostname}/authorize",
    tokenUrl: "https://{hostname}/token",
    userinfoUrl: "https://{hostname}/userinfo",
    baseUrl: "https://{hostname}/",
    scope: ["openid", "profile"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
