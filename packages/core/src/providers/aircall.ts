// Aircall (Technology Partner OAuth): scope `public_api`, client credentials in the body, tokens that never expire.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Aircall's `GET /v1/integrations/me`: the installed integration, with the company and the installing user. */
export interface AircallProfile {
  integration: {
    name?: string;
    custom_name?: string;
    company_id: number;
    active?: boolean;
    user?: { id: number; name?: string; email?: string; [field: string]: unknown };
    [field: string]: unknown;
  };
  [field: string]: unknown;
}

/**
 * Aircall. The token acts for the Aircall company that installed the app and does not expire (no refresh token).
 * The profile is the integration's installing user, or the company when Aircall names no user. Without
 * `clientId`, reads `AIRCALL_CLIENT_ID` / `AIRCALL_CLIENT_SECRET` from the config source.
 *
 * @example aircall({ clientId, clientSecret })
 */
export const aircall = oauth2Preset<NoOptions, AircallProfile>({
  id: "aircall",
  name: "Aircall",
  docs: "https://developer.aircall.io/docs/oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://dashboard.aircall.io/oauth/authorize",
    tokenUrl: "https://api.aircall.io/v1/oauth/token",
    baseUrl: "https://api.aircall.io/v1/",
    scope: ["public_api"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "integrations/me",
    map: ({ integration }) => ({
      id: integration.user?.id ?? `company:${integration.company_id}`,
      name: integration.user?.name,
      email: integration.user?.email,
    }),
  },
});
