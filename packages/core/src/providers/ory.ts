// Ory Network (or a self-hosted Ory Hydra): OAuth 2 / OpenID Connect under the project's URL.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface OryOptions {
  /** The project's URL (`https://<slug>.projects.oryapis.com`, a custom domain) or Hydra's public URL. */
  issuer: string;
}

/** The claims of an Ory ID token. */
export type OryProfile = OidcClaims;

/**
 * Ory Network / Ory Hydra. Ask for `offline_access` for a refresh token; each refresh returns a new one and
 * retires the old. Without `clientId`, reads `ORY_CLIENT_ID` / `ORY_CLIENT_SECRET`.
 *
 * @example ory({ issuer: "https://example.projects.oryapis.com", clientId, clientSecret, scope: ["openid", "offline_access"] })
 */
export const ory = oauth2Preset<OryOptions, OryProfile>({
  id: "ory",
  name: "Ory Network / Hydra",
  docs: "https://www.ory.sh/docs/oauth2-oidc/authorization-code-flow",
  checked: "2026-12-04",
  options: ["issuer"],
  required: ["issuer"],
  example: { issuer: "https://example.projects.oryapis.com" },
  oauth2: {
    issuer: "{issuer}",
    authorizationUrl: "{issuer}/oauth2/auth",
    tokenUrl: "{issuer}/oauth2/token",
    userinfoUrl: "{issuer}/userinfo",
    revocationUrl: "{issuer}/oauth2/revoke",
    baseUrl: "{issuer}/",
    scope: ["openid", "email", "profile"],
    refresh: "rotating",
  },
  profile: oidcClaims,
});
