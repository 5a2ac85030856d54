// Typeform: week-long tokens, a refresh token only with the `offline` scope, a separate EU data centre.
import { oauth2Preset } from "./preset.js";

export interface TypeformOptions {
  /** The data centre the account lives in: `us` (default, typeform.com) or `eu` (typeform.eu, its own apps). */
  region?: "us" | "eu";
}

/** Typeform's `GET /me` (scope `accounts:read`). */
export interface TypeformProfile {
  user_id?: string;
  alias?: string;
  email: string;
  language?: string;
  [field: string]: unknown;
}

/**
 * Typeform. Add `offline` to the scope for a refresh token. OAuth apps are registered per data centre: an EU
 * app's client id works only with `region: "eu"`. Without `clientId`, reads `TYPEFORM_CLIENT_ID` /
 * `TYPEFORM_CLIENT_SECRET` from the config source.
 *
 * @example typeform({ clientId, clientSecret, scope: ["accounts:read", "forms:read", "responses:read", "offline"] })
 */
export const typeform = oauth2Preset<TypeformOptions, TypeformProfile>({
  id: "typeform",
  name: "Typeform",
  docs: "https://www.typeform.com/developers/get-started/applications/",
  checked: "2026-12-04",
  options: ["region"],
  oauth2: ({ region }) => {
    const api = region === "eu" ? "https://api.typeform.eu" : "https://api.typeform.com";
    return {
      authorizationUrl: `${api}/oauth/authorize`,
      tokenUrl: `${api}/oauth/token`,
      baseUrl: `${api}/`,
      scope: ["accounts:read"],
      tokenEndpointAuthMethod: "client_secret_post",
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: {
    url: "me",
    map: (raw) => ({ id: raw.user_id ?? raw.email, name: raw.alias, email: raw.email }),
  },
});
