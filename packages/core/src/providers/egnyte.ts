// Egnyte: every endpoint on the customer's Egnyte domain; the redirect and the code exchange share one URL.
import { oauth2Preset } from "./preset.js";

export interface EgnyteOptions {
  /** The customer's Egnyte domain: `acme.egnyte.com`. */
  domain: string;
}

/** Egnyte's `GET /pubapi/v1/userinfo`. */
export interface EgnyteProfile {
  id: number;
  username: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  [field: string]: unknown;
}

/**
 * Egnyte. The authorization page and the token endpoint are both `/puboauth/token` on the customer's domain, and
 * a new app's key works on its test domain only until Egnyte approves it. Tokens do not expire (no refresh). Scopes are space-separated
 * (`Egnyte.filesystem`, `Egnyte.link`, `Egnyte.user`, ...). Without `clientId`, reads `EGNYTE_CLIENT_ID` /
 * `EGNYTE_CLIENT_SECRET` from the config source.
 *
 * @example egnyte({ domain: "acme.egnyte.com", clientId, clientSecret, scope: ["Egnyte.filesystem"] })
 */
export const egnyte = oauth2Preset<EgnyteOptions, EgnyteProfile>({
  id: "egnyte",
  name: "Egnyte",
  docs: "https://developers.egnyte.com/docs/read/Public_API_Authentication",
  checked: "2026-12-04",
  options: ["domain"],
  required: ["domain"],
  example: { domain: "acme.egnyte.com" },
  oauth2: {
    authorizationUrl: "https://{domain}/puboauth/token",
    tokenUrl: "https://{domain}/puboauth/token",
    baseUrl: "https://{domain}/pubapi/",
    scope: ["Egnyte.filesystem"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "v1/userinfo",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || raw.username,
      email: raw.email,
    }),
  },
});
