// What `oauth2()`, `oauth1()` and every preset return: a validated-later description of one provider.

import type { ProfileSource } from "./handle/profile.js";
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

export function brandProvider<P extends Omit<Provider, typeof providerBrand>>(
  provider: P,
): P & { [providerBrand]: true } {
  return Object.freeze({ ...provider, [providerBrand]: true as const });
}

export function isProvider(value: unknown): value is Provider {
  return typeof value === "object" && value !== null && (value as Provider)[providerBrand] === true;
}

/**
 * The same provider, with the source `handle.profile()` reads the user from.
 *
 * @example withProfile(oauth2({ ... }), { url: "me", map: (raw) => ({ id: raw.id, name: raw.name }) })
 */
export function withProfile<P extends Provider, Raw>(provider: P, source: ProfileSource<Raw>): P {
  return brandProvider({ ...provider, profile: source as ProfileSource }) as unknown as P;
}
