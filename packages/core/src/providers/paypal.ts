// Log in with PayPal: Basic client authentication; `openid` is asked for, but the answer carries no ID token.
import { oauth2Preset } from "./preset.js";

export interface PayPalOptions {
  /** Use the sandbox (`sandbox.paypal.com`, `api-m.sandbox.paypal.com`). */
  sandbox?: boolean;
}

/** PayPal's `GET /v1/identity/openidconnect/userinfo?schema=openid`. */
export interface PayPalProfile {
  user_id: string;
  name?: string;
  payer_id?: string;
  verified_account?: "true" | "false" | boolean;
  emails?: { value: string; primary: boolean; confirmed: boolean }[];
  [field: string]: unknown;
}

/**
 * PayPal. Without `clientId`, reads `PAYPAL_CLIENT_ID` / `PAYPAL_CLIENT_SECRET` from the config source.
 *
 * @example paypal({ clientId, clientSecret, sandbox: true })
 */
export const paypal = oauth2Preset<PayPalOptions, PayPalProfile>({
  id: "paypal",
  name: "PayPal",
  docs: "https://developer.paypal.com/docs/log-in-with-paypal/integrate/",
  checked: "2026-11-27",
  options: ["sandbox"],
  oauth2: ({ sandbox }) => {
    const web = sandbox ? "https://www.sandbox.paypal.com" : "https://www.paypal.com";
    const api = sandbox ? "https://api-m.sandbox.paypal.com" : "https://api-m.paypal.com";
    return {
      authorizationUrl: `${web}/signin/authorize`,
      tokenUrl: `${api}/v1/oauth2/token`,
      baseUrl: `${api}/`,
      scope: ["openid", "profile", "email"],
      openid: false,
      tokenEndpointAuthMethod: "client_secret_basic",
      authorizationParams: { flowEntry: "static" },
      pkceSupport: "unsupported",
      refresh: "standard",
    };
  },
  profile: {
    url: "v1/identity/openidconnect/userinfo?schema=openid",
    map: (raw) => {
      const email = raw.emails?.find((entry) => entry.primary) ?? raw.emails?.[0];
      return { id: raw.user_id, name: raw.name, email: email?.value, emailVerified: email?.confirmed };
    },
  },
});
