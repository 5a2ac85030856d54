// Bungie.net (Destiny): scopes fixed at registration, an API key header on every Platform call.
import { text } from "../handle/profile.js";
import { oauth2Preset } from "./preset.js";

export interface BungieOptions {
  /** The application's API key, sent as `X-API-Key` on every Platform call. */
  apiKey: string;
  /** Make the user sign in again even with a Bungie.net session (`reauth=true`). */
  reauth?: boolean;
}

/** Bungie.net's `GET /Platform/User/GetMembershipsForCurrentUser/`, the fields the profile reads. */
export interface BungieProfile {
  Response: {
    bungieNetUser: {
      membershipId: string;
      uniqueName?: string;
      displayName?: string;
      profilePicturePath?: string;
      [field: string]: unknown;
    };
    destinyMemberships?: unknown[];
    [field: string]: unknown;
  };
  ErrorCode: number;
  [field: string]: unknown;
}

/**
 * Bungie.net. The scope is chosen when the application is registered and must not be sent; confidential clients
 * get refresh tokens (single use, 90 days), public clients none. Without `clientId`, reads `BUNGIE_CLIENT_ID` /
 * `BUNGIE_CLIENT_SECRET` from the config source.
 *
 * @example bungie({ clientId, clientSecret, apiKey: process.env.BUNGIE_API_KEY })
 */
export const bungie = oauth2Preset<BungieOptions, BungieProfile>({
  id: "bungie",
  name: "Bungie.net",
  docs: "https://github.com/Bungie-net/api/wiki/OAuth-Documentation",
  checked: "2026-12-04",
  options: ["apiKey", "reauth"],
  required: ["apiKey"],
  example: { apiKey: "6747e6eaab87471cb98620895e554c69" },
  oauth2: ({ apiKey, reauth }) => ({
    authorizationUrl: "https://www.bungie.net/en/oauth/authorize",
    tokenUrl: "https://www.bungie.net/platform/app/oauth/token/",
    baseUrl: "https://www.bungie.net/Platform/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "rotating",
    apiHeaders: { "X-API-Key": apiKey },
    ...(reauth ? { authorizationParams: { reauth: "true" } } : {}),
  }),
  profile: {
    url: "User/GetMembershipsForCurrentUser/",
    map: ({ Response: { bungieNetUser: user } }) => ({
      id: user.membershipId,
      name: text(user.uniqueName) ?? text(user.displayName),
      // The picture path is relative to the site.
      avatarUrl: user.profilePicturePath ? `https://www.bungie.net${user.profilePicturePath}` : undefined,
    }),
  },
});
