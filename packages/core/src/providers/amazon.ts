// Login with Amazon: client credentials in the body, PKCE, refreshes keep the first refresh token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Login with Amazon's `GET /user/profile`. */
export interface AmazonProfile {
  user_id: string;
  name?: string;
  email?: string;
  postal_code?: string;
  [field: string]: unknown;
}

/**
 * Amazon. Without `clientId`, reads `AMAZON_CLIENT_ID` / `AMAZON_CLIENT_SECRET` from the config source.
 *
 * @example amazon({ clientId, clientSecret, scope: ["profile"] })
 */
export const amazon = oauth2Preset<NoOptions, AmazonProfile>({
  id: "amazon",
  name: "Amazon",
  docs: "https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.amazon.com/ap/oa",
    tokenUrl: "https://api.amazon.com/auth/o2/token",
    baseUrl: "https://api.amazon.com/",
    scope: ["profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "reuses",
  },
  profile: {
    url: "user/profile",
    map: (raw) => ({ id: raw.user_id, name: raw.name, email: raw.email }),
  },
});
