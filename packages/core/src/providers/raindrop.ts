// Raindrop.io: a JSON token request, two-week tokens with refresh, the user wrapped in `{ result, user }`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Raindrop.io's `GET /rest/v1/user`, the fields the profile reads. */
export interface RaindropProfile {
  result: boolean;
  user: { _id: number; email?: string; fullName?: string; pro?: boolean; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Raindrop.io. There are no scopes; the token request is JSON (the API takes JSON bodies), and access tokens
 * expire after two weeks. Without `clientId`, reads `RAINDROP_CLIENT_ID` / `RAINDROP_CLIENT_SECRET` from the
 * config source.
 *
 * @example raindrop({ clientId, clientSecret })
 */
export const raindrop = oauth2Preset<NoOptions, RaindropProfile>({
  id: "raindrop",
  name: "Raindrop.io",
  docs: "https://developer.raindrop.io/v1/authentication/token",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://raindrop.io/oauth/authorize",
    tokenUrl: "https://raindrop.io/oauth/access_token",
    baseUrl: "https://api.raindrop.io/rest/v1/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "user",
    map: ({ user }) => ({ id: user._id, name: user.fullName, email: user.email }),
  },
});
