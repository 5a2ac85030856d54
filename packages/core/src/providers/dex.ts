// Dex (self-hosted): a federating OpenID Connect server; its endpoints sit under the configured issuer URL.
import { type OidcClaims, oidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface DexOptions {
  /** Dex's `issuer` setting: `https://dex.example.com/dex`. */
  issuer: string;
  /** Skip Dex's connector choice and log in through this connector (`connector_id`). */
  connectorId?: string;
}

/** The claims of a Dex ID token. */
export interface DexProfile extends OidcClaims {
  groups?: string[];
  federated_claims?: { connector_id: string; user_id: string };
}

/**
 * Dex. Ask for `offline_access` for a refresh token (each refresh returns a new one), `groups` for the user's
 * groups. Dex has no revocation endpoint. Without `clientId`, reads `DEX_CLIENT_ID` / `DEX_CLIENT_SECRET`.
 *
 * @example dex({ issuer: "https://dex.example.com/dex", clientId, clientSecret, connectorId: "github" })
 */
export const dex = oauth2Preset<DexOptions, DexProfile>({
  id: "dex",
  name: "Dex",
  docs: "https://dexidp.io/docs/openid-connect/",
  checked: "2026-12-04",
  options: ["issuer", "connectorId"],
  required: ["issuer"],
  example: { issuer: "https://dex.example.com/dex" },
  oauth2: ({ connectorId }) => ({
    issuer: "{issuer}",
    authorizationUrl: "{issuer}/auth",
    tokenUrl: "{issuer}/token",
    userinfoUrl: "{issuer}/userinfo",
    baseUrl: "{issuer}/",
    scope: ["openid", "email", "profile"],
    refresh: "rotating",
    authorizationParams: connectorId ? { connector_id: connectorId } : {},
  }),
  profile: oidcClaims,
});
