// Smartsheet (API 2.0): upper-case scopes, week-long tokens, separate hosts for Smartsheet EU and Smartsheet Gov.
import { oauth2Preset } from "./preset.js";

/** Where the account lives: smartsheet.com, Smartsheet Regions Europe, or Smartsheet Gov. */
export type SmartsheetRegion = "us" | "eu" | "gov";

export interface SmartsheetOptions {
  /** `us` (default, smartsheet.com), `eu` (smartsheet.eu) or `gov` (smartsheetgov.com). */
  region?: SmartsheetRegion;
}

/** Smartsheet's `GET /2.0/users/me`. */
export interface SmartsheetProfile {
  id: number;
  email: string;
  firstName?: string;
  lastName?: string;
  [field: string]: unknown;
}

const DOMAIN: Record<SmartsheetRegion, string> = {
  us: "smartsheet.com",
  eu: "smartsheet.eu",
  gov: "smartsheetgov.com",
};

/**
 * Smartsheet. Scopes are upper case (`READ_SHEETS`, `WRITE_SHEETS`, ...). Access tokens last a week; refresh with
 * the refresh token. User ids are 64-bit numbers. Without `clientId`, reads `SMARTSHEET_CLIENT_ID` /
 * `SMARTSHEET_CLIENT_SECRET` from the config source.
 *
 * @example smartsheet({ clientId, clientSecret, scope: ["READ_SHEETS", "WRITE_SHEETS"], region: "eu" })
 */
export const smartsheet = oauth2Preset<SmartsheetOptions, SmartsheetProfile>({
  id: "smartsheet",
  name: "Smartsheet",
  docs: "https://developers.smartsheet.com/api/smartsheet/guides/advanced-topics/oauth",
  checked: "2026-12-04",
  options: ["region"],
  defaultOptions: { region: "us" },
  oauth2: ({ region = "us" }) => ({
    authorizationUrl: `https://app.${DOMAIN[region]}/b/authorize`,
    tokenUrl: `https://api.${DOMAIN[region]}/2.0/token`,
    baseUrl: `https://api.${DOMAIN[region]}/2.0/`,
    scope: ["READ_SHEETS"],
    // The secret goes in the body (Smartsheet also takes a SHA-256 `hash` of secret and code instead).
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  }),
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
