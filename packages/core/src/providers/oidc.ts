// Any OpenID Connect provider, from its issuer alone: endpoints and quirks come from discovery.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface OidcOptions {
  /** The issuer; `/.well-known/openid-configuration` under it is read once and cached. */
  issuer: string;
}

/** The standard claims of the provider's ID token or userinfo answer. */
export type OidcProfile = OidcClaims;

/**
 * A generic OpenID Connect provider. Without `clientId`, reads `OIDC_CLIENT_ID` / `OIDC_CLIENT_SECRET` from the
 * config source.
 *
 * @example oidc({ issuer: "https://id.example.com", clientId, clientSecret })
 */
export const oidc = oauth2Preset<OidcOptions, OidcProfile>({
  id: "oidc",
  name: "OpenID Connect (any issuer)",
  docs: "https://openid.net/specs/openid-connect-discovery-1_0.html",
  checked: "2026-11-27",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://id.example.com" },
  oauth2: { issuer: "{issuer}", scope: ["openid", "email", "profile"], refresh: "standard" },
  profile: oidcClaims,
});
