// Keycloak: one realm's OpenID Connect endpoints under its issuer URL.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface KeycloakOptions {
  /** The realm's URL: `https://auth.example.com/realms/my-realm`. */
  issuer: string;
}

/** The claims of a Keycloak ID token. */
export type KeycloakProfile = OidcClaims;

/**
 * Keycloak. Without `clientId`, reads `KEYCLOAK_CLIENT_ID` / `KEYCLOAK_CLIENT_SECRET` from the config source.
 *
 * @example keycloak({ issuer: "https://auth.example.com/realms/acme", clientId, clientSecret })
 */
export const keycloak = oauth2Preset<KeycloakOptions, KeycloakProfile>({
  id: "keycloak",
  name: "Keycloak",
  docs: "https://www.keycloak.org/securing-apps/oidc-layers",
  checked: "2026-11-27",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://auth.example.com/realms/acme" },
  oauth2: {
    issuer: "{issuer}",
    authorizationUrl: "{issuer}/protocol/openid-connect/auth",
    tokenUrl: "{issuer}/protocol/openid-connect/token",
    userinfoUrl: "{issuer}/protocol/openid-connect/userinfo",
    revocationUrl: "{issuer}/protocol/openid-connect/revoke",
    baseUrl: "{issuer}/",
    scope: ["openid", "email", "profile"],
    refresh: "rotating",
  },
  profile: oidcClaims,
});
