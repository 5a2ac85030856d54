// MapMyFitness API v7.1 (MapMyRun, MapMyRide...): an `Api-Key` header with the client id, trailing-slash URLs.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** MapMyFitness's `GET /v7.1/user/self/`. */
export interface MapMyFitnessProfile {
  id: number;
  username?: string;
  first_name?: string;
  last_name?: string;
  display_name?: string;
  email?: string;
  [field: string]: unknown;
}

/**
 * MapMyFitness. Every API call carries the client id as `Api-Key` (sent by this preset); the token endpoint wants
 * it too, which a preset cannot fill from `clientId`: pass `tokenHeaders: { "Api-Key": clientId }`. Without
 * `clientId`, reads `MAPMYFITNESS_CLIENT_ID` / `MAPMYFITNESS_CLIENT_SECRET` from the config source.
 *
 * @example mapmyfitness({ clientId, clientSecret, tokenHeaders: { "Api-Key": clientId } })
 */
export const mapmyfitness = oauth2Preset<NoOptions, MapMyFitnessProfile>({
  id: "mapmyfitness",
  name: "MapMyFitness",
  docs: "https://developer.mapmyfitness.com/docs/v71_OAuth_2",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.mapmyfitness.com/v7.1/oauth2/authorize/",
    tokenUrl: "https://api.mapmyfitness.com/v7.1/oauth2/access_token/",
    baseUrl: "https://api.mapmyfitness.com/v7.1/",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
    apiClientIdHeader: "Api-Key",
  },
  profile: {
    url: "user/self/",
    map: (raw) => ({
      id: raw.id,
      name: raw.display_name || [raw.first_name, raw.last_name].filter(Boolean).join(" ") || raw.username,
      email: raw.email,
    }),
  },
});
