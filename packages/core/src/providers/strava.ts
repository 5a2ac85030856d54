// Strava: comma-separated scopes, client credentials in the body, six-hour tokens with rotating refresh tokens.
import { oauth2Preset } from "./preset.js";

export interface StravaOptions {
  /** `force` shows the authorization screen even to an athlete who already approved the app. */
  approvalPrompt?: "auto" | "force";
}

/** Strava's `GET /api/v3/athlete`. */
export interface StravaProfile {
  id: number;
  username?: string | null;
  firstname?: string;
  lastname?: string;
  profile?: string;
  [field: string]: unknown;
}

/**
 * Strava. The token answer also carries the athlete. Without `clientId`, reads `STRAVA_CLIENT_ID` /
 * `STRAVA_CLIENT_SECRET` from the config source.
 *
 * @example strava({ clientId, clientSecret, scope: ["read", "activity:read_all"] })
 */
export const strava = oauth2Preset<StravaOptions, StravaProfile>({
  id: "strava",
  name: "Strava",
  docs: "https://developers.strava.com/docs/authentication/",
  checked: "2026-11-27",
  options: ["approvalPrompt"],
  oauth2: ({ approvalPrompt }) => ({
    authorizationUrl: "https://www.strava.com/oauth/authorize",
    tokenUrl: "https://www.strava.com/oauth/token",
    revocationUrl: "https://www.strava.com/oauth/deauthorize",
    baseUrl: "https://www.strava.com/api/v3/",
    scope: ["read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
    ...(approvalPrompt ? { authorizationParams: { approval_prompt: approvalPrompt } } : {}),
  }),
  profile: {
    url: "athlete",
    map: (raw) => ({
      id: raw.id,
      name: [raw.firstname, raw.lastname].filter(Boolean).join(" ") || raw.username || undefined,
      avatarUrl: raw.profile,
    }),
  },
});
