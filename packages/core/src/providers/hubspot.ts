// HubSpot: client credentials in the body, 30-minute tokens; the token's own metadata names the user.
import { oauth2Preset } from "./preset.js";

export interface HubSpotOptions {
  /** Scopes the app can work without, asked for when the account has them (`optional_scope`). */
  optionalScope?: readonly string[];
}

/** HubSpot's `GET /oauth/v1/access-tokens/{token}`. */
export interface HubSpotProfile {
  user: string;
  user_id: number;
  hub_id: number;
  hub_domain: string;
  scopes: string[];
  [field: string]: unknown;
}

/**
 * HubSpot. Without `clientId`, reads `HUBSPOT_CLIENT_ID` / `HUBSPOT_CLIENT_SECRET` from the config source.
 *
 * @example hubspot({ clientId, clientSecret, scope: ["oauth", "crm.objects.contacts.read"] })
 */
export const hubspot = oauth2Preset<HubSpotOptions, HubSpotProfile>({
  id: "hubspot",
  name: "HubSpot",
  docs: "https://developers.hubspot.com/docs/api/oauth-quickstart-guide",
  checked: "2026-11-27",
  options: ["optionalScope"],
  oauth2: ({ optionalScope }) => ({
    authorizationUrl: "https://app.hubspot.com/oauth/authorize",
    tokenUrl: "https://api.hubapi.com/oauth/v1/token",
    baseUrl: "https://api.hubapi.com/",
    scope: ["oauth"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "reuses",
    ...(optionalScope ? { authorizationParams: { optional_scope: optionalScope.join(" ") } } : {}),
  }),
  profile: {
    url: "oauth/v1/access-tokens/{token.access_token}",
    map: (raw) => ({ id: raw.user_id, email: raw.user }),
  },
});
