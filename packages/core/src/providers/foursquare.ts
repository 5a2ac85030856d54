// Foursquare (Swarm and City Guide accounts): a GET token exchange, tokens that never expire, `oauth_token` and `v`.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface FoursquareOptions {
  /** The API version date every v2 call names (`v`, `YYYYMMDD`). Default `20240601`. */
  apiVersion?: string;
}

/** Foursquare's `GET /v2/users/self`. */
export interface FoursquareProfile {
  meta: { code: number; requestId?: string };
  response: {
    user: {
      id: string;
      firstName?: string;
      lastName?: string;
      photo?: { prefix: string; suffix: string };
      contact?: { email?: string; [field: string]: unknown };
      [field: string]: unknown;
    };
  };
}

/**
 * Foursquare. The token answer holds only `access_token`; API calls carry it as `oauth_token` beside the version
 * date `v`. Without `clientId`, reads `FOURSQUARE_CLIENT_ID` / `FOURSQUARE_CLIENT_SECRET` from the config source.
 *
 * @example foursquare({ clientId, clientSecret })
 */
export const foursquare = oauth2Preset<FoursquareOptions, FoursquareProfile>({
  id: "foursquare",
  name: "Foursquare",
  docs: "https://docs.foursquare.com/developer/reference/v2-authentication",
  checked: "2026-12-04",
  options: ["apiVersion"],
  defaultOptions: { apiVersion: "20240601" },
  oauth2: {
    authorizationUrl: "https://foursquare.com/oauth2/authenticate",
    tokenUrl: "https://foursquare.com/oauth2/access_token",
    baseUrl: "https://api.foursquare.com/v2/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "get",
    pkceSupport: "unsupported",
    refresh: "none",
    apiTokenParam: "oauth_token",
  },
  profile: ({ apiVersion = "20240601" }) => ({
    url: `users/self?v=${encodeURIComponent(apiVersion)}`,
    map: ({ response: { user } }) => ({
      id: user.id,
      name: [user.firstName, user.lastName].filter(Boolean).join(" ") || undefined,
      email: text(user.contact?.email),
      // A photo URL is prefix + size + suffix.
      avatarUrl: user.photo ? `${user.photo.prefix}original${user.photo.suffix}` : undefined,
    }),
  }),
});
