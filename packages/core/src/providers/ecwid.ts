// Ecwid (Lightspeed E-Series): store tokens that never expire; the store id comes with the token.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Ecwid's `GET /api/v3/{storeId}/profile` (scope `read_store_profile`). */
export interface EcwidProfile {
  generalInfo: { storeId: number; storeUrl?: string; [field: string]: unknown };
  account?: {
    accountName?: string;
    accountNickName?: string;
    accountEmail?: string;
    [field: string]: unknown;
  };
  settings?: { storeName?: string; [field: string]: unknown };
  [field: string]: unknown;
}

/**
 * Ecwid, for apps connected outside the Ecwid App Market. Tokens do not expire and there is no refresh; the
 * token answer names the `store_id` and a `public_token` for storefront calls. Without `clientId`, reads
 * `ECWID_CLIENT_ID` / `ECWID_CLIENT_SECRET` from the config source.
 *
 * @example ecwid({ clientId, clientSecret, scope: ["read_store_profile", "read_catalog"] })
 */
export const ecwid = oauth2Preset<NoOptions, EcwidProfile>({
  id: "ecwid",
  name: "Ecwid",
  docs: "https://api-docs.ecwid.com/reference/get-token-manually",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://my.ecwid.com/api/oauth/authorize",
    tokenUrl: "https://my.ecwid.com/api/oauth/token",
    baseUrl: "https://app.ecwid.com/api/v3/",
    scope: ["read_store_profile"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "none",
  },
  profile: {
    url: "{token.store_id}/profile",
    map: ({ generalInfo, account, settings }) => ({
      id: generalInfo.storeId,
      name: settings?.storeName ?? account?.accountName,
      email: account?.accountEmail,
    }),
  },
});
