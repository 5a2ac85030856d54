// `oauth2()`: declares an OAuth 2 / OpenID Connect provider, the builder every OAuth 2 preset is made of.
import {
  brandProvider,
  type OAuth2Provider,
  type PerRequestProvider,
  type ProviderRequest,
  providerFrom,
} from "../../provider.js";
import type { OAuth2Options } from "./oauth2-options.js";

/**
 * Declares an OAuth 2 or OpenID Connect provider. Options are checked when the provider is passed to
 * `createDance`, so a mistake is reported with its full path (`providers.corp.clientId: Required`).
 *
 * A function of the request instead of options makes a provider chosen per request (an issuer per tenant):
 * each distinct result is prepared once and cached, and what was started under one issuer is never finished or
 * used under another (docs/multi-tenant.md).
 *
 * @example
 * oauth2({ issuer: "https://id.example.com", clientId, clientSecret, scope: ["openid", "email"] })
 * @example
 * oauth2(({ request }) => ({ issuer: issuerOf(request.url.hostname), clientId, clientSecret }))
 */
export function oauth2(options: OAuth2Options): OAuth2Provider;
export function oauth2(
  options: (request: ProviderRequest) => OAuth2Options | Promise<OAuth2Options>,
): PerRequestProvider;
export function oauth2(
  options: OAuth2Options | ((request: ProviderRequest) => OAuth2Options | Promise<OAuth2Options>),
): OAuth2Provider | PerRequestProvider {
  return providerFrom(options, (resolved: OAuth2Options) =>
    brandProvider({ kind: "oauth2", options: Object.freeze({ ...resolved }) }),
  );
}
