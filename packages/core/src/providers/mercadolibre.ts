// Mercado Libre: the authorization page on the seller's country site, one token endpoint, single-use refresh tokens.
import { oauth2Preset } from "./preset.js";

export interface MercadoLibreOptions {
  /**
   * The country site whose `auth.` host shows the authorization page: `mercadolibre.com.ar` (default),
   * `mercadolivre.com.br`, `mercadolibre.com.mx`, `mercadolibre.cl`, `mercadolibre.com.co`, `mercadolibre.com.uy`, ...
   */
  domain?: string;
}

/** Mercado Libre's `GET /users/me`. */
export interface MercadoLibreProfile {
  id: number;
  nickname?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  site_id?: string;
  country_id?: string;
  thumbnail?: { picture_id?: string; picture_url?: string } | null;
  [field: string]: unknown;
}

/**
 * Mercado Libre. Scopes (`read`, `write`, `offline_access` for a refresh token) are chosen on the application,
 * not on the redirect. Access tokens last six hours; each refresh token works once. Without `clientId`, reads
 * `MERCADOLIBRE_CLIENT_ID` / `MERCADOLIBRE_CLIENT_SECRET` from the config source.
 *
 * @example mercadolibre({ clientId, clientSecret, domain: "mercadolivre.com.br" })
 */
export const mercadolibre = oauth2Preset<MercadoLibreOptions, MercadoLibreProfile>({
  id: "mercadolibre",
  name: "Mercado Libre",
  docs: "https://developers.mercadolibre.com.ar/en_us/authentication-and-authorization",
  checked: "2026-12-04",
  options: ["domain"],
  defaultOptions: { domain: "mercadolibre.com.ar" },
  oauth2: {
    authorizationUrl: "https://auth.{domain}/authorization",
    tokenUrl: "https://api.mercadolibre.com/oauth/token",
    baseUrl: "https://api.mercadolibre.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    refresh: "rotating",
  },
  profile: {
    url: "users/me",
    map: (raw) => ({
      id: raw.id,
      name: [raw.first_name, raw.last_name].filter(Boolean).join(" ") || raw.nickname,
      email: raw.email,
      avatarUrl: raw.thumbnail?.picture_url,
    }),
  },
});
