// Nylas v3 hosted authentication: a grant per connected account, regional API hosts, a JSON token request.
import { oauth2Preset } from "./preset.js";

export interface NylasOptions {
  /** The data region: `us` (default) or `eu`. */
  region?: "us" | "eu";
}

/** The fields of Nylas's token answer that name the connected account. */
export interface NylasProfile {
  grant_id: string;
  email?: string;
  provider?: string;
  [field: string]: unknown;
}

/**
 * Nylas (API v3). The token answer carries the grant id used by every API call. Without `clientId`, reads
 * `NYLAS_CLIENT_ID` / `NYLAS_CLIENT_SECRET` (the API key) from the config source.
 *
 * @example nylas({ clientId, clientSecret: apiKey, region: "eu" })
 */
export const nylas = oauth2Preset<NylasOptions, NylasProfile>({
  id: "nylas",
  name: "Nylas",
  docs: "https://developer.nylas.com/docs/v3/auth/hosted-oauth-apikey/",
  checked: "2026-11-27",
  options: ["region"],
  defaultOptions: { region: "us" },
  oauth2: {
    authorizationUrl: "https://api.{region}.nylas.com/v3/connect/auth",
    tokenUrl: "https://api.{region}.nylas.com/v3/connect/token",
    revocationUrl: "https://api.{region}.nylas.com/v3/connect/revoke",
    baseUrl: "https://api.{region}.nylas.com/v3/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    // The answer's ID token is for the connected account's provider, not for this app's login.
    openid: false,
    refresh: "standard",
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.grant_id, email: raw.email }) },
});
