// Coinbase App OAuth2 (login.coinbase.com): comma-separated wallet scopes, rotating refresh tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Coinbase's `GET /v2/user`. */
export interface CoinbaseProfile {
  data: {
    id: string;
    name?: string;
    username?: string;
    email?: string;
    avatar_url?: string;
    [field: string]: unknown;
  };
}

/**
 * Coinbase. Add `wallet:user:email` to the scope for the address. Without `clientId`, reads
 * `COINBASE_CLIENT_ID` / `COINBASE_CLIENT_SECRET` from the config source.
 *
 * @example coinbase({ clientId, clientSecret, scope: ["wallet:user:read", "wallet:accounts:read"] })
 */
export const coinbase = oauth2Preset<NoOptions, CoinbaseProfile>({
  id: "coinbase",
  name: "Coinbase",
  docs: "https://docs.cdp.coinbase.com/coinbase-app/oauth2-integration/integrations",
  checked: "2026-11-27",
  oauth2: {
    authorizationUrl: "https://login.coinbase.com/oauth2/auth",
    tokenUrl: "https://login.coinbase.com/oauth2/token",
    revocationUrl: "https://login.coinbase.com/oauth2/revoke",
    baseUrl: "https://api.coinbase.com/v2/",
    scope: ["wallet:user:read"],
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "user",
    map: ({ data }) => ({
      id: data.id,
      name: data.name ?? data.username,
      email: data.email,
      avatarUrl: data.avatar_url,
    }),
  },
});
