// TIDAL (developer platform, OAuth 2.1): a public client with PKCE and no secret; the user from the JSON:API.
import { flag, text } from "../handle/profile.js";
import { type NoOptions, oauth2Preset } from "./preset.js";

/** TIDAL's `GET /v2/users/me` (scope `user.read`), a JSON:API document. */
export interface TidalProfile {
  data: {
    id: string;
    type: "users";
    attributes: {
      username?: string;
      firstName?: string | null;
      lastName?: string | null;
      email?: string;
      emailVerified?: boolean;
      country?: string;
      [field: string]: unknown;
    };
  };
  [member: string]: unknown;
}

/**
 * TIDAL. User login needs the app's access approved by TIDAL; the token request carries the PKCE verifier and
 * the client id, never a secret. Without `clientId`, reads `TIDAL_CLIENT_ID` from the config source.
 *
 * @example tidal({ clientId, scope: ["user.read", "collection.read"] })
 */
export const tidal = oauth2Preset<NoOptions, TidalProfile>({
  id: "tidal",
  name: "TIDAL",
  docs: "https://developer.tidal.com/documentation/authorization/authorization-authorization-code",
  checked: "2026-12-04",
  fromConfig: { clientId: "TIDAL_CLIENT_ID" },
  oauth2: {
    authorizationUrl: "https://login.tidal.com/authorize",
    tokenUrl: "https://auth.tidal.com/v1/oauth2/token",
    baseUrl: "https://openapi.tidal.com/v2/",
    scope: ["user.read"],
    tokenEndpointAuthMethod: "none",
    pkceSupport: "required",
    refresh: "standard",
    apiHeaders: { Accept: "application/vnd.api+json" },
  },
  profile: {
    url: "users/me",
    map: ({ data: { id, attributes: user } }) => {
      const fullName = [user.firstName, user.lastName].filter(Boolean).join(" ");
      return {
        id,
        name: fullName || text(user.username),
        email: text(user.email),
        emailVerified: flag(user.emailVerified),
      };
    },
  },
});
