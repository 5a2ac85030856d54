// Authelia (self-hosted): its OpenID Connect endpoints under /api/oidc/ on the portal's host.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface AutheliaOptions {
  /** The Authelia portal's URL (its issuer): `https://auth.example.com`. */
  issuer: string;
}

/** The claims of an Authelia ID token. */
export interface AutheliaProfile extends OidcClaims {
  groups?: string[];
}

/**
 * Authelia. Ask for `offline_access` (and allow the `refresh_token` grant on the client) for a refresh token;
 * each refresh returns a new one. The client's `token_endpoint_auth_method` must match (Basic by default here).
 * Without `clientId`, reads `AUTHELIA_CLIENT_ID` / `AUTHELIA_CLIENT_SECRET`.
 *
 * @example authelia({ issuer: "https://auth.example.com", clientId, clientSecret, scope: ["openid", "profile", "email", "groups"] })
 */
export const authelia = oauth2Preset<AutheliaOptions, AutheliaProfile>({
  id: "authelia",
  name: "Authelia",
  docs: "https://www.authelia.com/integration/openid-connect/introduction/",
  checked: "2026-12-04",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://auth.example.com" },
  oauth2: {
    issuer: "{issuer}",
    authorizationUrl: "{issuer}/api/oidc/authorization",
    tokenUrl: "{issuer}/api/oidc/token",
    userinfoUrl: "{issuer}/api/oidc/userinfo",
    revocationUrl: "{issuer}/api/oidc/revocation",
    baseUrl: "{issuer}/",
    scope: ["openid", "profile", "email"],
    refresh: "rotating",
  },
  profile: oidcClaims,
});
