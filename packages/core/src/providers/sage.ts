// Sage Business Cloud Accounting (API v3.1): five-minute tokens, rotating refresh tokens, businesses by header.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Sage Accounting's `GET /v3.1/user`. */
export interface SageProfile {
  id: string;
  displayed_as?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  locale?: string;
  [field: string]: unknown;
}

/**
 * Sage Business Cloud Accounting. The scope is `readonly` or `full_access`. A user may reach several
 * businesses: pick one with the `X-Business` header (default: the lead business). Refresh tokens rotate and die
 * after 31 days unused. Without `clientId`, reads `SAGE_CLIENT_ID` / `SAGE_CLIENT_SECRET` from the config source.
 *
 * @example sage({ clientId, clientSecret, scope: "full_access" })
 */
export const sage = oauth2Preset<NoOptions, SageProfile>({
  id: "sage",
  name: "Sage Business Cloud Accounting",
  docs: "https://developer.sage.com/accounting/guides/authenticating/authentication",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.sageone.com/oauth2/auth/central",
    tokenUrl: "https://oauth.accounting.sage.com/token",
    baseUrl: "https://api.accounting.sage.com/v3.1/",
    scope: "readonly",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
    // Selects the v3.1 authorization flow.
    authorizationParams: { filter: "apiv3.1" },
  },
  profile: {
    url: "user",
    map: (raw) => ({
      id: raw.id,
      name: raw.displayed_as ?? ([raw.first_name, raw.last_name].filter(Boolean).join(" ") || undefined),
      email: raw.email,
    }),
  },
});
