// Osso (self-hosted): SAML SSO behind a plain OAuth 2 code flow; the normalized user comes from /oauth/me.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface OssoOptions {
  /** The Osso instance's URL: `https://osso.example.com`. */
  instanceUrl: string;
  /** Route the user to the identity provider of this email domain (`domain`). */
  domain?: string;
}

/** Osso's `GET /oauth/me` answer. */
export interface OssoProfile {
  id: string;
  email: string;
  idp?: string;
  requested?: { email?: string; domain?: string };
  [field: string]: unknown;
}

/**
 * Osso. Without `domain` (or an `email` authorization parameter) Osso shows its hosted login page to find the
 * user's identity provider. No refresh tokens. Without `clientId`, reads `OSSO_CLIENT_ID` / `OSSO_CLIENT_SECRET`.
 *
 * @example osso({ instanceUrl: "https://osso.example.com", domain: "example.com", clientId, clientSecret })
 */
export const osso = oauth2Preset<OssoOptions, OssoProfile>({
  id: "osso",
  name: "Osso",
  docs: "https://ossoapp.com/docs/consume/consuming-osso/",
  checked: "2026-12-04",
  options: ["instanceUrl", "domain"],
  required: ["instanceUrl"],
  example: { instanceUrl: "https://osso.example.com" },
  oauth2: ({ domain }) => ({
    authorizationUrl: "{instanceUrl}/oauth/authorize",
    tokenUrl: "{instanceUrl}/oauth/token",
    baseUrl: "{instanceUrl}/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
    authorizationParams: domain ? { domain } : {},
  }),
  profile: {
    url: "oauth/me",
    map: (raw) => ({ id: raw.id, email: text(raw.email) }),
  },
});
