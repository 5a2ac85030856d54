// Etsy Open API v3: PKCE required, no secret at the token endpoint, and `x-api-key: keystring:secret` on every call.
import { oauth2Preset } from "./preset.js";

export interface EtsyOptions {
  /** The `x-api-key` every API call carries: `keystring:shared_secret` (Etsy rejects the keystring alone). */
  apiKey: string;
}

/** Etsy's `GET /v3/application/users/me`. */
export interface EtsyProfile {
  user_id: number;
  shop_id?: number;
  [field: string]: unknown;
}

/**
 * Etsy. `clientId` is the app's keystring; the token request sends no secret. The access token starts with the
 * user's numeric id (`12345678.`). Without `clientId`, reads `ETSY_CLIENT_ID` / `ETSY_CLIENT_SECRET` from the
 * config source.
 *
 * @example etsy({ clientId: keystring, apiKey: `${keystring}:${sharedSecret}`, scope: ["email_r", "shops_r"] })
 */
export const etsy = oauth2Preset<EtsyOptions, EtsyProfile>({
  id: "etsy",
  name: "Etsy",
  docs: "https://developers.etsy.com/documentation/essentials/authentication/",
  checked: "2026-12-04",
  options: ["apiKey"],
  required: ["apiKey"],
  example: { apiKey: "1aa2bb33c44d55eeeeee6fff:g7hhhh8i9j" },
  oauth2: ({ apiKey }) => ({
    authorizationUrl: "https://www.etsy.com/oauth/connect",
    tokenUrl: "https://api.etsy.com/v3/public/oauth/token",
    baseUrl: "https://api.etsy.com/v3/application/",
    scope: ["email_r"],
    tokenEndpointAuthMethod: "none",
    pkceSupport: "required",
    refresh: "standard",
    apiHeaders: { "x-api-key": apiKey },
  }),
  profile: { url: "users/me", map: (raw) => ({ id: raw.user_id }) },
});
