// What `oauth2()`, `oauth1()` and every preset return: a validated-later description of one provider.

import type { ProfileSource } from "./handle/profile.js";
import type { DanceRequest } from "./http/request.js";
import type { ConfigSource } from "./options/from-config.js";
import type { OAuth1Options } from "./protocols/oauth1/oauth1-options.js";
import type { OAuth2Options } from "./protocols/oauth2/oauth2-options.js";

const providerBrand: unique symbol = Symbol.for("oauth-dance.provider");

/** A provider as declared in `createDance({ providers })`. Options are checked by `createDance`, with their path. */
export interface OAuth2Provider {
  readonly kind: "oauth2";
  readonly options: Readonly<OAuth2Options>;
  /** Where `handle.profile()` reads the user from (presets set it; see `withProfile`). */
  readonly profile?: ProfileSource | undefined;
  readonly [providerBrand]: true;
}

export interface OAuth1Provider {
  readonly kind: "oauth1";
  readonly options: Readonly<OAuth1Options>;
  /** Where `handle.profile()` reads the user from (presets set it; see `withProfile`). */
  readonly profile?: ProfileSource | undefined;
  readonly [providerBrand]: true;
}

export type Provider = OAuth2Provider | OAuth1Provider;

/** What a provider chosen per request is chosen from. */
export interface ProviderRequest {
  /** The request being served (its host, path, cookies). */
  readonly request: DanceRequest;
  /** The adapter's config source (`process.env`, Hono's `c.env`), when it has one. */
  readonly config: ConfigSource | undefined;
  /** The framework's own request object. */
  readonly native: unknown;
}

/**
 * A provider whose options depend on the request (an issuer per tenant), made by passing a function to `oauth2()`,
 * `oauth1()`, a preset, or `perRequest()`. Each distinct result is prepared once and cached; a dance or token
 * started under one issuer is never finished or used under another.
 */
export interface PerRequestProvider {
  readonly kind: "per-request";
  /** The provider this request uses. */
  readonly resolve: (request: ProviderRequest) => Provider | Promise<Provider>;
  readonly [providerBrand]: true;
}

/** What `createDance({ providers })` accepts: a provider, or one chosen per request. */
export type DeclaredProvider = Provider | PerRequestProvider;

/** A value, or the function of the request that gives it. */
export type PerRequest<T> = T | ((request: ProviderRequest) => T | Promise<T>);

/**
 * A provider chosen for each request: any provider, a preset or `oauth2()`, built from the request.
 *
 * @example
 * perRequest(({ request }) => okta({ domain: `${tenantOf(request.url.hostname)}.okta.com`, clientId, clientSecret }))
 */
export function perRequest(
  resolve: (request: ProviderRequest) => Provider | Promise<Provider>,
): PerRequestProvider {
  if (typeof resolve !== "function") throw new TypeError("perRequest() expects a function of the request");
  return Object.freeze({ kind: "per-request" as const, resolve, [providerBrand]: true as const });
}

/** `build(options)`, or a provider that builds it from the options a function gives for each request. */
export function providerFrom<O, P extends Provider>(
  options: PerRequest<O>,
  build: (options: O) => P,
): P | PerRequestProvider {
  if (typeof options !== "function") return build(options);
  const optionsOf = options as (request: ProviderRequest) => O | Promise<O>;
  // Synchronous when the function is: the request's handles then know their provider without waiting.
  return perRequest((request) => {
    const resolved = optionsOf(request);
    return resolved instanceof Promise ? resolved.then(build) : build(resolved);
  });
}

export function brandProvider<P extends Omit<Provider, typeof providerBrand>>(
  provider: P,
): P & { [providerBrand]: true } {
  return Object.freeze({ ...provider, [providerBrand]: true as const });
}

export function isProvider(value: unknown): value is DeclaredProvider {
  return typeof value === "object" && value !== null && (value as Provider)[providerBrand] === true;
}

/** Whether a declared provider is chosen per request. */
export function isPerRequest(provider: DeclaredProvider): provider is PerRequestProvider {
  return provider.kind === "per-request";
}

/**
 * The same provider, with the source `handle.profile()` reads the user from.
 *
 * @example withProfile(oauth2({ ... }), { url: "me", map: (raw) => ({ id: raw.id, name: raw.name }) })
 */
export function withProfile<P extends Provider, Raw>(provider: P, source: ProfileSource<Raw>): P {
  return brandProvider({ ...provider, profile: source as ProfileSource }) as unknown as P;
}
