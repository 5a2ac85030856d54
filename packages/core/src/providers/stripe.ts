// Stripe Connect OAuth (Standard accounts and Extensions): the platform's secret key is the client secret.
import { type NoOptions, oauth2Preset } from "./preset.js";

/** The fields of Stripe's token answer that name the connected account. */
export interface StripeProfile {
  stripe_user_id: string;
  stripe_publishable_key?: string;
  livemode?: boolean;
  scope?: string;
  [field: string]: unknown;
}

/**
 * Stripe Connect. `clientId` is the platform's `ca_` client id, `clientSecret` its secret API key. The token
 * answer names the connected account (`stripe_user_id`); call the API with the platform key and a
 * `Stripe-Account` header rather than the deprecated per-account access token. Stripe no longer recommends
 * OAuth for new Connect platforms (Connect Onboarding instead). Without `clientId`, reads `STRIPE_CLIENT_ID` /
 * `STRIPE_CLIENT_SECRET` from the config source.
 *
 * @example stripe({ clientId: "ca_...", clientSecret: "sk_live_...", scope: "read_only" })
 */
export const stripe = oauth2Preset<NoOptions, StripeProfile>({
  id: "stripe",
  name: "Stripe",
  docs: "https://docs.stripe.com/connect/oauth-reference",
  checked: "2026-12-04",
  oauth2: {
    authorizationUrl: "https://connect.stripe.com/oauth/authorize",
    tokenUrl: "https://connect.stripe.com/oauth/token",
    baseUrl: "https://api.stripe.com/v1/",
    scope: "read_write",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    refresh: "standard",
  },
  profile: { fromToken: true, map: (raw) => ({ id: raw.stripe_user_id }) },
});
