// Pipedrive: Basic client authentication, app-level scopes, the company's API domain in the token answer.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Pipedrive's `GET /v1/users/me`: the user wrapped in `{ success, data }`. */
export interface PipedriveProfile {
  success: boolean;
  data: {
    id: number;
    name?: string;
    email?: string;
    icon_url?: string | null;
    company_id?: number;
    company_domain?: string;
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Pipedrive. Scopes are chosen when the app is registered, not on the redirect; the token answer names them
 * (comma-separated) and the company's own API host (`api_domain`). Access tokens last an hour. Without
 * `clientId`, reads `PIPEDRIVE_CLIENT_ID` / `PIPEDRIVE_CLIENT_SECRET` from the config source.
 *
 * @example pipedrive({ clientId, clientSecret })
 */
export const pipedrive = oauth2Preset<NoOptions, PipedriveProfile>({
  id: "pipedrive",
  name: "Pipedrive",
  docs: "https://pipedrive.readme.io/docs/marketplace-oauth-authorization",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://oauth.pipedrive.com/oauth/authorize",
    tokenUrl: "https://oauth.pipedrive.com/oauth/token",
    baseUrl: "https://api.pipedrive.com/v1/",
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "users/me",
    map: ({ data }) => ({
      id: data.id,
      name: data.name,
      email: data.email,
      avatarUrl: data.icon_url ?? undefined,
    }),
  },
});
