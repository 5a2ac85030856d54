// Airtable: PKCE required, Basic client authentication, one-hour tokens, single-use refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Airtable's `GET /v0/meta/whoami` (`email` with scope `user.email:read`). */
export interface AirtableProfile {
  id: string;
  email?: string;
  scopes?: string[];
  [field: string]: unknown;
}

/**
 * Airtable. Each refresh returns a new refresh token and retires the one used; refresh tokens last 60 days.
 * Integrations without a client secret are public clients (PKCE alone). Without `clientId`, reads
 * `AIRTABLE_CLIENT_ID` / `AIRTABLE_CLIENT_SECRET` from the config source.
 *
 * @example airtable({ clientId, clientSecret, scope: ["user.email:read", "data.records:read", "schema.bases:read"] })
 */
export const airtable = oauth2Preset<NoOptions, AirtableProfile>({
  id: "airtable",
  name: "Airtable",
  docs: "https://airtable.com/developers/web/api/oauth-reference",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://airtable.com/oauth2/v1/authorize",
    tokenUrl: "https://airtable.com/oauth2/v1/token",
    baseUrl: "https://api.airtable.com/v0/",
    scope: ["user.email:read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: { url: "meta/whoami", map: (raw) => ({ id: raw.id, email: raw.email }) },
});
