// Copper (CRM): scope `developer/v1/all`, a form POST back to the callback, tokens that never expire, `X-PW-Application`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Copper's `GET /developer_api/v1/users/me`. */
export interface CopperProfile {
  id: number;
  name?: string;
  email?: string;
  [field: string]: unknown;
}

/**
 * Copper. The authorization server returns to the callback with a POST (form body), so the callback accepts one;
 * the token has no lifetime and no refresh token. Every API call carries `X-PW-Application: developer_api`.
 * Without `clientId`, reads `COPPER_CLIENT_ID` / `COPPER_CLIENT_SECRET` from the config source.
 *
 * @example copper({ clientId, clientSecret })
 */
export const copper = oauth2Preset<NoOptions, CopperProfile>({
  id: "copper",
  name: "Copper",
  docs: "https://developer.copper.com/introduction/oauth/flow.html",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://app.copper.com/oauth/authorize",
    tokenUrl: "https://app.copper.com/oauth/token",
    baseUrl: "https://api.copper.com/developer_api/v1/",
    scope: ["developer/v1/all"],
    tokenEndpointAuthMethod: "client_secret_post",
    responseMode: "form_post",
    pkceSupport: "unsupported",
    refresh: "none",
    apiHeaders: { "X-PW-Application": "developer_api", "Content-Type": "application/json" },
  },
  profile: {
    url: "users/me",
    map: (raw) => ({ id: raw.id, name: raw.name, email: raw.email }),
  },
});
