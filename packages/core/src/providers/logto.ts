// Logto (cloud or self-hosted): OpenID Connect under <endpoint>/oidc; refresh tokens need offline_access and consent.
import { standardClaims, text } from "../handle/profile.js";
import type { OidcClaims } from "./oidc-claims.js";
import { oauth2Preset } from "./preset.js";

export interface LogtoOptions {
  /** The tenant's endpoint: `https://abc123.logto.app`, a custom domain, or a self-hosted instance. */
  endpoint: string;
  /** The API resource indicator the access token is for (`resource`). */
  resource?: string;
}

/** The claims of a Logto ID token. */
export interface LogtoProfile extends OidcClaims {
  username?: string | null;
}

/**
 * Logto. A refresh token needs `offline_access` and `prompt=consent` together; the preset sends both. The user's
 * handle is the `username` claim. Without `clientId`, reads `LOGTO_CLIENT_ID` / `LOGTO_CLIENT_SECRET`.
 *
 * @example logto({ endpoint: "https://abc123.logto.app", clientId, clientSecret, resource: "https://api.example.com" })
 */
export const logto = oauth2Preset<LogtoOptions, LogtoProfile>({
  id: "logto",
  name: "Logto",
  docs: "https://docs.logto.io/integrate-logto/third-party-applications/oidc-oauth-third-party-applications",
  checked: "2026-12-04",
  options: ["endpoint", "resource"],
  required: ["endpoint"],
  example: { endpoint: "https://abc123.logto.app" },
  oauth2: ({ resource }) => ({
    issuer: "{endpoint}/oidc",
    authorizationUrl: "{endpoint}/oidc/auth",
    tokenUrl: "{endpoint}/oidc/token",
    userinfoUrl: "{endpoint}/oidc/me",
    revocationUrl: "{endpoint}/oidc/token/revocation",
    baseUrl: "{endpoint}/api/",
    scope: ["openid", "profile", "email", "offline_access"],
    refresh: "rotating",
    authorizationParams: { prompt: "consent", ...(resource ? { resource } : {}) },
  }),
  profile: {
    // Logto names the user's handle `username` rather than `preferred_username`.
    map: (raw) => {
      const fields = standardClaims(raw);
      return { ...fields, name: fields.name ?? text(raw.username) };
    },
  },
});
