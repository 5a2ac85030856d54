// Salla (Saudi e-commerce) apps in Custom Mode: merchants authorize on accounts.salla.sa; 14-day tokens.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** Salla's `GET /oauth2/user/info`: the merchant user and their store. */
export interface SallaProfile {
  status: number;
  success: boolean;
  data: {
    id: number;
    name?: string;
    email?: string;
    mobile?: string;
    role?: string;
    merchant?: {
      id: number;
      username?: string;
      name?: string;
      avatar?: string;
      domain?: string;
      [field: string]: unknown;
    };
    [field: string]: unknown;
  };
}

/**
 * Salla. Add `offline_access` to the scope for a refresh token (the default asks for it). Access tokens last
 * 14 days; each refresh token works once. Published apps are expected to use Salla's Easy Mode (tokens by
 * webhook) rather than this redirect. Without `clientId`, reads `SALLA_CLIENT_ID` / `SALLA_CLIENT_SECRET` from the
 * config source.
 *
 * @example salla({ clientId, clientSecret, scope: ["offline_access", "products.read"] })
 */
export const salla = oauth2Preset<NoOptions, SallaProfile>({
  id: "salla",
  name: "Salla",
  docs: "https://docs.salla.dev/doc-421118",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://accounts.salla.sa/oauth2/auth",
    tokenUrl: "https://accounts.salla.sa/oauth2/token",
    userinfoUrl: "https://accounts.salla.sa/oauth2/user/info",
    baseUrl: "https://api.salla.dev/admin/v2/",
    scope: ["offline_access"],
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "rotating",
  },
  profile: {
    url: "https://accounts.salla.sa/oauth2/user/info",
    map: ({ data }) => ({
      id: data.id,
      name: data.name,
      email: data.email,
      avatarUrl: data.merchant?.avatar,
    }),
  },
});
