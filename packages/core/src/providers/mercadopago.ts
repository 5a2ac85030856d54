// Mercado Pago (marketplace OAuth): sellers link their account; a JSON token request; the seller's id in the token.
import { oauth2Preset } from "./preset.js";

export interface MercadoPagoOptions {
  /** Ask for test credentials of the seller (`test_token=true` on the token request). */
  testToken?: boolean;
}

/** The fields of Mercado Pago's token answer that name the seller. */
export interface MercadoPagoProfile {
  user_id: number;
  public_key?: string;
  live_mode?: boolean;
  [field: string]: unknown;
}

/**
 * Mercado Pago. The token answer carries the seller's `user_id` and `public_key`; access tokens last 180 days.
 * Without `clientId`, reads `MERCADOPAGO_CLIENT_ID` / `MERCADOPAGO_CLIENT_SECRET` from the config source.
 *
 * @example mercadopago({ clientId, clientSecret, testToken: true })
 */
export const mercadopago = oauth2Preset<MercadoPagoOptions, MercadoPagoProfile>({
  id: "mercadopago",
  name: "Mercado Pago",
  docs: "https://www.mercadopago.com.ar/developers/en/docs/security/oauth/creation",
  checked: "2026-12-04",
  options: ["testToken"],
  oauth2: ({ testToken }) => ({
    authorizationUrl: "https://auth.mercadopago.com/authorization",
    tokenUrl: "https://api.mercadopago.com/oauth/token",
    baseUrl: "https://api.mercadopago.com/",
    tokenEndpointAuthMethod: "client_secret_post",
    tokenRequestFormat: "json",
    refresh: "standard",
    authorizationParams: { platform_id: "mp" },
    ...(testToken ? { tokenParams: { test_token: "true" } } : {}),
  }),
  profile: { fromToken: true, map: (raw) => ({ id: raw.user_id }) },
});
