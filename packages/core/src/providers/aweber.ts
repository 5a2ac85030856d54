// AWeber: Basic client authentication, two-hour tokens, PKCE only for public clients (refused from confidential ones).
import { type NoOptions, oauth2Preset } from "./preset.js";

/** AWeber's `GET /1.0/accounts` (scope `account.read`): the accounts the token reaches, the user's first. */
export interface AWeberProfile {
  entries: { id: number; uuid?: string; company?: string; self_link?: string; [field: string]: unknown }[];
  total_size?: number;
  [field: string]: unknown;
}

/**
 * AWeber. Confidential clients must not send PKCE (AWeber refuses it); a public client passes `pkce: true` and no
 * secret. The profile is the AWeber account the user authorized; it carries no name or email. Without `clientId`,
 * reads `AWEBER_CLIENT_ID` / `AWEBER_CLIENT_SECRET` from the config source.
 *
 * @example aweber({ clientId, clientSecret, scope: ["account.read", "list.read", "subscriber.read"] })
 */
export const aweber = oauth2Preset<NoOptions, AWeberProfile>({
  id: "aweber",
  name: "AWeber",
  docs: "https://api.aweber.com/#tag/OAuth-2.0-Overview",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://auth.aweber.com/oauth2/authorize",
    tokenUrl: "https://auth.aweber.com/oauth2/token",
    revocationUrl: "https://auth.aweber.com/oauth2/revoke",
    baseUrl: "https://api.aweber.com/1.0/",
    scope: ["account.read"],
    tokenEndpointAuthMethod: "client_secret_basic",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: {
    url: "accounts",
    map: ({ entries }) => ({ id: entries[0]?.id ?? "", name: entries[0]?.company }),
  },
});
