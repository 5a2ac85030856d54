// Intervals.icu (training analysis): comma-separated upper-case scopes, tokens that do not expire, the athlete in the token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The field of Intervals.icu's token answer that names the user: the athlete. */
export interface IntervalsProfile {
  athlete: { id: string; name?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Intervals.icu. Apps are created by mail to Intervals.icu; the user may untick scopes on the consent screen, so
 * read the granted `scope`. Tokens do not expire and there are no refresh tokens. API paths take the athlete id,
 * or `0` for the token's athlete. Without `clientId`, reads `INTERVALS_CLIENT_ID` / `INTERVALS_CLIENT_SECRET` from
 * the config source.
 *
 * @example intervals({ clientId, clientSecret, scope: ["ACTIVITY:READ", "WELLNESS:READ"] })
 */
export const intervals = oauth2Preset<NoOptions, IntervalsProfile>({
  id: "intervals",
  name: "Intervals.icu",
  docs: "https://forum.intervals.icu/t/intervals-icu-oauth-support/2759",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://intervals.icu/oauth/authorize",
    tokenUrl: "https://intervals.icu/api/oauth/token",
    baseUrl: "https://intervals.icu/api/v1/",
    scope: ["ACTIVITY:READ"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: { fromToken: true, map: ({ athlete }) => ({ id: athlete.id, name: athlete.name }) },
});
