// Lightspeed Retail (R-Series): employee-permission scopes, one-hour tokens, refresh tokens that rotate on each use.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Lightspeed Retail's `GET /API/V3/Account.json`: the retailer account the token reaches. */
export interface LightspeedProfile {
  Account: { accountID: string; name?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Lightspeed Retail (R-Series). Scopes mirror employee permissions (`employee:all`, `employee:inventory`, ...).
 * Every refresh returns a new refresh token and retires the old one. The profile is the retailer account; API
 * paths carry its `accountID`. The X-Series (ex-Vend) and K-Series (Restaurant) APIs are separate. Without
 * `clientId`, reads `LIGHTSPEED_CLIENT_ID` / `LIGHTSPEED_CLIENT_SECRET` from the config source.
 *
 * @example lightspeed({ clientId, clientSecret, scope: ["employee:all"] })
 */
export const lightspeed = oauth2Preset<NoOptions, LightspeedProfile>({
  id: "lightspeed",
  name: "Lightspeed Retail",
  docs: "https://developers.lightspeedhq.com/retail/authentication/authentication-overview/",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://cloud.lightspeedapp.com/auth/oauth/authorize",
    tokenUrl: "https://cloud.lightspeedapp.com/auth/oauth/token",
    baseUrl: "https://api.lightspeedapp.com/API/V3/",
    scope: ["employee:all"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "Account.json",
    map: ({ Account: account }) => ({ id: account.accountID, name: account.name }),
  },
});
