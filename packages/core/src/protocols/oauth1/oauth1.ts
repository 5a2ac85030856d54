// `oauth1()`: declares an OAuth 1.0a provider, the builder the Twitter and Jira presets are made of.
import {
  brandProvider,
  type OAuth1Provider,
  type PerRequestProvider,
  type ProviderRequest,
  providerFrom,
} from "../../provider.js";
import type { OAuth1Options } from "./oauth1-options.js";

/**
 * Declares an OAuth 1.0a provider (three-legged: request token, authorize, access token). Options are checked
 * when the provider is passed to `createDance`, with their full path. A function of the request instead of
 * options makes a provider chosen per request, as with `oauth2()`.
 *
 * @example
 * oauth1({
 *   clientKey, clientSecret,
 *   requestTokenUrl: "https://api.x.com/oauth/request_token",
 *   authorizationUrl: "https://api.x.com/oauth/authorize",
 *   accessTokenUrl: "https://api.x.com/oauth/access_token",
 * })
 */
export function oauth1(options: OAuth1Options): OAuth1Provider;
export function oauth1(
  options: (request: ProviderRequest) => OAuth1Options | Promise<OAuth1Options>,
): PerRequestProvider;
export function oauth1(
  options: OAuth1Options | ((request: ProviderRequest) => OAuth1Options | Promise<OAuth1Options>),
): OAuth1Provider | PerRequestProvider {
  return providerFrom(options, (resolved: OAuth1Options) =>
    brandProvider({ kind: "oauth1", options: Object.freeze({ ...resolved }) }),
  );
}
