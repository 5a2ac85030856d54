// Keap (formerly Infusionsoft): scope `full`, client credentials in the body, rotating refresh tokens, the app in the scope.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Keap's `GET /crm/rest/v1/oauth/connect/userinfo`. */
export interface KeapProfile {
  sub: string;
  global_user_id?: number;
  infusionsoft_id?: string;
  email?: string;
  given_name?: string;
  middle_name?: string;
  family_name?: string;
  preferred_name?: string;
  [field: string]: unknown;
}

/**
 * Keap. The only scope is `full`; the token's scope names the Keap app the user connected
 * (`full|ab123.infusionsoft.com`). Access tokens last a day and each refresh rotates the refresh token. Without
 * `clientId`, reads `KEAP_CLIENT_ID` / `KEAP_CLIENT_SECRET` from the config source.
 *
 * @example keap({ clientId, clientSecret })
 */
export const keap = oauth2Preset<NoOptions, KeapProfile>({
  id: "keap",
  name: "Keap",
  docs: "https://developer.infusionsoft.com/getting-started-oauth-keys",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://accounts.infusionsoft.com/app/oauth/authorize",
    tokenUrl: "https://api.infusionsoft.com/token",
    baseUrl: "https://api.infusionsoft.com/crm/rest/",
    scope: ["full"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "v1/oauth/connect/userinfo",
    map: (raw) => ({
      id: raw.global_user_id ?? raw.sub,
      name: raw.preferred_name ?? ([raw.given_name, raw.family_name].filter(Boolean).join(" ") || undefined),
      email: raw.email,
    }),
  },
});
