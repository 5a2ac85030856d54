// Webflow (Data API v2): scoped tokens that do not expire; the user who authorized from `token/authorized_by`.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Webflow's `GET /v2/token/authorized_by` (scope `authorized_user:read`). */
export interface WebflowProfile {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  [field: string]: unknown;
}

/**
 * Webflow. The user grants the app sites or a workspace; tokens have no expiry and no refresh token. Keep
 * `authorized_user:read` in the scope for the profile. Without `clientId`, reads `WEBFLOW_CLIENT_ID` /
 * `WEBFLOW_CLIENT_SECRET` from the config source.
 *
 * @example webflow({ clientId, clientSecret, scope: ["authorized_user:read", "sites:read", "cms:read"] })
 */
export const webflow = oauth2Preset<NoOptions, WebflowProfile>({
  id: "webflow",
  name: "Webflow",
  docs: "https://developers.webflow.com/data/reference/oauth-app",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://webflow.com/oauth/authorize",
    tokenUrl: "https://api.webflow.com/oauth/access_token",
    baseUrl: "https://api.webflow.com/v2/",
    scope: ["authorized_user:read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "token/authorized_by",
    map: (raw) => ({
      id: raw.id,
      name: [raw.firstName, raw.lastName].filter(Boolean).join(" ") || undefined,
      email: raw.email,
    }),
  },
});
