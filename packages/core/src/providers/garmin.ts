// Garmin Connect Developer Program (Health, Activity, Training APIs) over OAuth 2.0 with PKCE, not OpenID Connect.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Garmin's `GET /wellness-api/rest/user/id`: the only user endpoint, the id that stays across tokens. */
export interface GarminProfile {
  userId: string;
  [field: string]: unknown;
}

/**
 * Garmin Connect. PKCE is required and there is no scope parameter: the API sections are chosen when the app is
 * made and the user picks data permissions on the consent screen. Each refresh returns a new refresh token (about
 * 90 days). Without `clientId`, reads `GARMIN_CLIENT_ID` / `GARMIN_CLIENT_SECRET` from the config source.
 *
 * @example garmin({ clientId: consumerKey, clientSecret: consumerSecret })
 */
export const garmin = oauth2Preset<NoOptions, GarminProfile>({
  id: "garmin",
  name: "Garmin Connect",
  docs: "https://developerportal.garmin.com/developer-programs/content/829/programs-docs",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://connect.garmin.com/oauth2Confirm",
    tokenUrl: "https://diauth.garmin.com/di-oauth2-service/oauth/token",
    baseUrl: "https://apis.garmin.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "required",
    refresh: "rotating",
  },
  profile: { url: "wellness-api/rest/user/id", map: (raw) => ({ id: raw.userId }) },
});
