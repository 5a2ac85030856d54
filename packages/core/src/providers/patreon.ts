// Patreon API v2: the identity endpoint returns only the fields asked for.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Patreon's `GET /api/oauth2/v2/identity?fields[user]=email,full_name,image_url,is_email_verified`. */
export interface PatreonProfile {
  data: {
    id: string;
    type: "user";
    attributes: { email?: string; full_name?: string; image_url?: string; is_email_verified?: boolean };
  };
  [field: string]: unknown;
}

/**
 * Patreon. Without `clientId`, reads `PATREON_CLIENT_ID` / `PATREON_CLIENT_SECRET` from the config source.
 *
 * @example patreon({ clientId, clientSecret, scope: ["identity", "identity[email]", "campaigns"] })
 */
export const patreon = oauth2Preset<NoOptions, PatreonProfile>({
  id: "patreon",
  name: "Patreon",
  docs: "https://docs.patreon.com/#oauth",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://www.patreon.com/oauth2/authorize",
    tokenUrl: "https://www.patreon.com/api/oauth2/token",
    baseUrl: "https://www.patreon.com/api/oauth2/v2/",
    scope: ["identity", "identity[email]"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "identity?fields%5Buser%5D=email,full_name,image_url,is_email_verified",
    map: ({ data: { id, attributes } }) => ({
      id,
      name: attributes.full_name,
      email: attributes.email,
      emailVerified: attributes.is_email_verified,
      avatarUrl: attributes.image_url,
    }),
  },
});
