// SurveyMonkey (API v3): scopes set on the app, long-lived tokens without refresh, a data centre per account.
import { oauth2Preset } from "./preset.js";

export interface SurveyMonkeyOptions {
  /** The data centre of the users' accounts: `us` (default, `api.surveymonkey.com`), `eu` or `ca`. */
  region?: "us" | "eu" | "ca";
}

/** SurveyMonkey's `GET /v3/users/me`, the fields the profile reads. */
export interface SurveyMonkeyProfile {
  id: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  email_verified?: boolean;
  [field: string]: unknown;
}

const HOSTS = { us: "api.surveymonkey.com", eu: "api.eu.surveymonkey.com", ca: "api.surveymonkey.ca" };

/**
 * SurveyMonkey. No scope is sent (the app's scopes are chosen in its settings) and there are no refresh tokens.
 * The token answer's `access_url` is the API host the token works against. Without `clientId`, reads
 * `SURVEYMONKEY_CLIENT_ID` / `SURVEYMONKEY_CLIENT_SECRET` from the config source.
 *
 * @example surveymonkey({ clientId, clientSecret, region: "eu" })
 */
export const surveymonkey = oauth2Preset<SurveyMonkeyOptions, SurveyMonkeyProfile>({
  id: "surveymonkey",
  name: "SurveyMonkey",
  docs: "https://developer.surveymonkey.com/api/v3/#authentication",
  checked: "2026-12-04",
  options: ["region"],
  oauth2: ({ region }) => {
    const host = `https://${HOSTS[region ?? "us"] ?? HOSTS.us}`;
    return {
      authorizationUrl: `${host}/oauth/authorize`,
      tokenUrl: `${host}/oauth/token`,
      baseUrl: `${host}/v3/`,
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "none",
    };
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || raw.username,
      email: raw.email,
      emailVerified: raw.email_verified,
    }),
  },
});
