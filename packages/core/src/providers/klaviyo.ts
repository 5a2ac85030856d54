// Klaviyo: PKCE required, Basic client authentication on a.klaviyo.com, and a `revision` header on every API call.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Klaviyo's `GET /api/accounts` (scope `accounts:read`): the account the app was installed on. */
export interface KlaviyoProfile {
  data: {
    type: "account";
    id: string;
    attributes?: {
      contact_information?: {
        organization_name?: string;
        default_sender_email?: string;
        [field: string]: unknown;
      };
      public_api_key?: string;
      [field: string]: unknown;
    };
  }[];
  [field: string]: unknown;
}

/**
 * Klaviyo. The token and revocation endpoints live on `a.klaviyo.com` (`www.klaviyo.com` refuses token traffic
 * since March 2025). The profile is the Klaviyo account. `api` sends a `revision` header; pass your own in
 * `apiHeaders` to pin another API revision. Without `clientId`, reads `KLAVIYO_CLIENT_ID` /
 * `KLAVIYO_CLIENT_SECRET` from the config source.
 *
 * @example klaviyo({ clientId, clientSecret, scope: ["accounts:read", "profiles:read"] })
 */
export const klaviyo = oauth2Preset<NoOptions, KlaviyoProfile>({
  id: "klaviyo",
  name: "Klaviyo",
  docs: "https://developers.klaviyo.com/en/docs/set_up_oauth",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://www.klaviyo.com/oauth/authorize",
    tokenUrl: "https://a.klaviyo.com/oauth/token",
    revocationUrl: "https://a.klaviyo.com/oauth/revoke",
    baseUrl: "https://a.klaviyo.com/api/",
    scope: ["accounts:read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "required",
    refresh: "standard",
    apiHeaders: { revision: "2026-10-15", accept: "application/vnd.api+json" },
  },
  profile: {
    url: "accounts",
    map: ({ data }) => ({
      id: data[0]?.id ?? "",
      name: data[0]?.attributes?.contact_information?.organization_name,
    }),
  },
});
