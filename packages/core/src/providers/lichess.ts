// Lichess: no client registration (any unique client id), PKCE required, no secret, year-long tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Lichess' `GET /api/account`, the fields the profile reads. */
export interface LichessProfile {
  id: string;
  username: string;
  url?: string;
  [field: string]: unknown;
}

/**
 * Lichess. `clientId` is any identifier the app picks; there are no refresh tokens, and the email address is a
 * separate call (`api/account/email`, scope `email:read`). Without `clientId`, reads `LICHESS_CLIENT_ID` from the
 * config source.
 *
 * @example lichess({ clientId: "my-chess-app", scope: ["challenge:read"] })
 */
export const lichess = oauth2Preset<NoOptions, LichessProfile>({
  id: "lichess",
  name: "Lichess",
  docs: "https://lichess.org/api#tag/OAuth",
  checked: "2026-12-04",
  fromConfig: { clientId: "LICHESS_CLIENT_ID" },
  oauth2: {
    authorizationUrl: "https://lichess.org/oauth",
    tokenUrl: "https://lichess.org/api/token",
    baseUrl: "https://lichess.org/api/",
    tokenEndpointAuthMethod: "none",
    pkceSupport: "required",
    refresh: "none",
  },
  profile: {
    url: "account",
    map: (raw) => ({ id: raw.id, name: raw.username }),
  },
});
