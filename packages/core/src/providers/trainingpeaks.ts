// TrainingPeaks Partners API: approved partners only, ten-minute tokens, a sandbox with its own hosts.
import { oauth2Preset } from "./preset.js";

export interface TrainingPeaksOptions {
  /** Use the sandbox (`oauth.sandbox.trainingpeaks.com`, `api.sandbox.trainingpeaks.com`) instead of production. */
  sandbox?: boolean;
}

/** TrainingPeaks's `GET /v1/athlete/profile` (scope `athlete:profile`). */
export interface TrainingPeaksProfile {
  Id: number;
  FirstName?: string;
  LastName?: string;
  Email?: string;
  [field: string]: unknown;
}

/**
 * TrainingPeaks. Access tokens are short-lived: refreshes are frequent. Scopes do not include one another
 * (`workouts:details` does not grant `workouts:read`). Without `clientId`, reads `TRAININGPEAKS_CLIENT_ID` /
 * `TRAININGPEAKS_CLIENT_SECRET` from the config source.
 *
 * @example trainingpeaks({ clientId, clientSecret, sandbox: true, scope: ["athlete:profile", "workouts:read"] })
 */
export const trainingpeaks = oauth2Preset<TrainingPeaksOptions, TrainingPeaksProfile>({
  id: "trainingpeaks",
  name: "TrainingPeaks",
  docs: "https://github.com/TrainingPeaks/PartnersAPI/wiki/OAuth",
  checked: "2026-12-04",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const oauth = sandbox ? "https://oauth.sandbox.trainingpeaks.com" : "https://oauth.trainingpeaks.com";
    const api = sandbox ? "https://api.sandbox.trainingpeaks.com" : "https://api.trainingpeaks.com";
    return {
      authorizationUrl: `${oauth}/OAuth/Authorize`,
      tokenUrl: `${oauth}/oauth/token`,
      baseUrl: `${api}/`,
      scope: ["athlete:profile"],
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: {
    url: "v1/athlete/profile",
    map: (raw) => ({
      id: raw.Id,
      name: [raw.FirstName, raw.LastName].filter(Boolean).join(" ") || undefined,
      email: raw.Email,
    }),
  },
});
