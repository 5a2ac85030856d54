// Mercado Pago: the provider's documented behaviour.
import { mercadopago } from "../../mercadopago.js";
import { CLIENT_ID, type PresetCase } from "../provider-simulator.js";

export const CASES: PresetCase[] = [
  {
    preset: mercadopago,
    options: { testToken: true },
    authorize: {
      url: "https://auth.mercadopago.com/authorization",
      params: { client_id: CLIENT_ID, response_type: "code", platform_id: "mp" },
      pkce: true,
      nonce: false,
    },
    token: {
      url: "https://api.mercadopago.com/oauth/token",
      format: "json",
      auth: "post",
      params: { test_token: "true" },
      answer: {
        access_token: "APP_USR-4934588586838432-XXXXXXXX-241983636",
        token_type: "bearer",
        expires_in: 15552000,
        scope: "offline_access read write",
        user_id: 241983636,
        refresh_token: "TG-XXXXXXXX-241983636",
        public_key: "APP_USR-d0a26210-XXXXXXXX-479f0400869e",
        live_mode: true,
      },
      expect: { public_key: "APP_USR-d0a26210-XXXXXXXX-479f0400869e", user_id: 241983636 },
    },
    profile: { expected: { id: 241983636 } },
  },
];
