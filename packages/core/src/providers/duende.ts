// Duende IdentityServer: a self-hosted OpenID Connect server, its endpoints under /connect/ at the authority.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface DuendeOptions {
  /** The IdentityServer's base URL (its issuer): `https://identity.example.com`. */
  authority: string;
}

/** The claims of an IdentityServer ID token. */
export type DuendeProfile = OidcClaims;

/**
 * Duende IdentityServer. Ask for `offline_access` (and allow offline access on the client) for a refresh token;
 * whether a refresh rotates it is the client's `RefreshTokenUsage`. Without `clientId`, reads `DUENDE_CLIENT_ID` /
 * `DUENDE_CLIENT_SECRET`.
 *
 * @example duende({ authority: "https://demo.duendesoftware.com", clientId, clientSecret, scope: ["openid", "profile", "api"] })
 */
export const duende = oauth2Preset<DuendeOptions, DuendeProfile>({
  id: "duende",
  name: "Duende IdentityServer",
  docs: "https://docs.duendesoftware.com/identityserver/reference/endpoints/authorize/",
  checked: "2026-12-04",
  options: ["authority"],
  required: ["authority"],
  example: { authority: "https://demo.duendesoftware.com" },
  oauth2: {
    issuer: "{authority}",
    authorizationUrl: "{authority}/connect/authorize",
    tokenUrl: "{authority}/connect/token",
    userinfoUrl: "{authority}/connect/userinfo",
    revocationUrl: "{authority}/connect/revocation",
    baseUrl: "{authority}/",
    scope: ["openid", "profile", "email"],
    refresh: "standard",
  },
  profile: oidcClaims,
});
