// DigitalOcean: read / write scopes; the token answer already names the user.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** DigitalOcean's `GET /v2/account`. */
export interface DigitalOceanProfile {
  account: {
    uuid: string;
    email: string;
    name?: string;
    email_verified: boolean;
    status: string;
    [field: string]: unknown;
  };
}

/**
 * DigitalOcean. Without `clientId`, reads `DIGITALOCEAN_CLIENT_ID` / `DIGITALOCEAN_CLIENT_SECRET`.
 *
 * @example digitalocean({ clientId, clientSecret, scope: ["read"] })
 */
export const digitalocean = oauth2Preset<NoOptions, DigitalOceanProfile>({
  id: "digitalocean",
  name: "DigitalOcean",
  docs: "https://docs.digitalocean.com/reference/api/oauth/",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://cloud.digitalocean.com/v1/oauth/authorize",
    tokenUrl: "https://cloud.digitalocean.com/v1/oauth/token",
    revocationUrl: "https://cloud.digitalocean.com/v1/oauth/revoke",
    baseUrl: "https://api.digitalocean.com/v2/",
    scope: ["read"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "account",
    map: ({ account }) => ({
      id: account.uuid,
      name: account.name,
      email: account.email,
      emailVerified: account.email_verified,
    }),
  },
});
