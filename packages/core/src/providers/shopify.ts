// Shopify Admin API apps: a per-shop host, comma-separated scopes, online (per-user) or offline (per-shop) tokens.
import { oauth2Preset } from "./preset.js";

export interface ShopifyOptions {
  /** The shop's myshopify domain, as Shopify sends it on the install request: `example.myshopify.com`. */
  shop: string;
  /** Ask for an online, per-user token (`grant_options[]=per-user`) instead of an offline, per-shop one. */
  online?: boolean;
  /** Offline tokens: ask for an expiring one with a refresh token (`expiring=1`). Default true. */
  expiring?: boolean;
}

/** The user an online token carries (`associated_user` in the token answer). */
export interface ShopifyAssociatedUser {
  id: number;
  first_name?: string;
  last_name?: string;
  email?: string;
  email_verified?: boolean;
  account_owner?: boolean;
  [field: string]: unknown;
}

/** Shopify's token answer: the user of an online token, nothing about a user for an offline one. */
export interface ShopifyProfile {
  access_token: string;
  scope: string;
  associated_user?: ShopifyAssociatedUser;
  [field: string]: unknown;
}

/**
 * Shopify. The Admin API wants the token in `X-Shopify-Access-Token`, not `Authorization`: pass that header to
 * `handle.api` yourself. An online token names its user; an offline token's profile is the shop itself. Expiring
 * offline tokens last an hour and their refresh tokens rotate. Without `clientId`, reads `SHOPIFY_CLIENT_ID` /
 * `SHOPIFY_CLIENT_SECRET` from the config source.
 *
 * @example shopify({ shop: "example.myshopify.com", clientId, clientSecret, scope: ["read_products"] })
 */
export const shopify = oauth2Preset<ShopifyOptions, ShopifyProfile>({
  id: "shopify",
  name: "Shopify",
  docs: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/authorization-code-grant",
  checked: "2026-12-04",
  options: ["shop", "online", "expiring"],
  required: ["shop"],
  example: { shop: "example.myshopify.com" },
  oauth2: ({ online, expiring }) => ({
    authorizationUrl: "https://{shop}/admin/oauth/authorize",
    tokenUrl: "https://{shop}/admin/oauth/access_token",
    baseUrl: "https://{shop}/admin/api/",
    scopeSeparator: ",",
    tokenEndpointAuthMethod: "client_secret_post",
    pkceSupport: "unsupported",
    // Online tokens and non-expiring offline tokens come without a refresh token.
    refresh: !online && expiring !== false ? "rotating" : "none",
    ...(online ? { authorizationParams: { "grant_options[]": "per-user" } } : {}),
    ...(!online && expiring !== false ? { tokenParams: { expiring: "1" } } : {}),
  }),
  profile: ({ shop }) => ({
    fromToken: true,
    map: ({ associated_user: user }) =>
      user
        ? {
            id: user.id,
            name: [user.first_name, user.last_name].filter(Boolean).join(" ") || undefined,
            email: user.email,
            emailVerified: user.email_verified,
          }
        : { id: shop },
  }),
});
