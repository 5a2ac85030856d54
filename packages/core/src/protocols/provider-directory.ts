// Which provider serves a name in a request: those declared at start-up, those chosen per request, and those the
// app resolves at run time (kept in its database). Each distinct provider is prepared once and kept in a cache
// bounded in size and age, so its discovery document and client are reused and a changed one is seen again.
import { LRUCache } from "lru-cache";
import { DanceError } from "../errors.js";
import { optionsKey } from "../options/options-key.js";
import {
  type DeclaredProvider,
  isPerRequest,
  isProvider,
  type PerRequestProvider,
  type Provider,
  type ProviderRequest,
} from "../provider.js";
import type { ClientDeps } from "./protocol.js";
import { ProviderRuntime } from "./provider-runtime.js";

/** The app's lookup of providers not declared at start-up: a provider, or undefined when the name is not one. */
export type ProviderResolver = (
  name: string,
  request: ProviderRequest,
) => DeclaredProvider | undefined | Promise<DeclaredProvider | undefined>;

/** How many providers chosen per request (or resolved at run time) stay prepared, and for how long. */
export interface ProviderCacheOptions {
  /** Distinct providers kept; the least recently used goes first. Default 100. */
  max?: number | undefined;
  /** Seconds a prepared provider (its discovery document, its registered client) is reused. Default 3600. */
  ttl?: number | undefined;
}

export const DEFAULT_PROVIDER_CACHE = { max: 100, ttl: 3600 } as const;

export interface ProviderDirectoryOptions {
  deps: ClientDeps;
  resolveProvider?: ProviderResolver | undefined;
  cache?: ProviderCacheOptions | undefined;
  now: () => number;
}

/** A value now, or later. */
type Eventually<T> = T | Promise<T>;

export class ProviderDirectory {
  /** The names declared at start-up. */
  readonly names: readonly string[];
  readonly #fixed = new Map<string, ProviderRuntime>();
  readonly #perRequest = new Map<string, PerRequestProvider>();
  readonly #resolveProvider: ProviderResolver | undefined;
  readonly #deps: ClientDeps;
  readonly #prepared: LRUCache<string, ProviderRuntime>;

  constructor(providers: Readonly<Record<string, DeclaredProvider>>, options: ProviderDirectoryOptions) {
    this.#deps = options.deps;
    this.#resolveProvider = options.resolveProvider;
    for (const [name, provider] of Object.entries(providers)) {
      if (isPerRequest(provider)) this.#perRequest.set(name, provider);
      else this.#fixed.set(name, new ProviderRuntime(name, provider, options.deps));
    }
    this.names = Object.keys(providers);
    const max = options.cache?.max ?? DEFAULT_PROVIDER_CACHE.max;
    const ttl = options.cache?.ttl ?? DEFAULT_PROVIDER_CACHE.ttl;
    // The dance's clock, read on every lookup (no timer), so tests and apps that move time see entries expire.
    this.#prepared = new LRUCache({ max, ttl: ttl * 1000, ttlResolution: 0, perf: { now: options.now } });
  }

  /** Whether a request may name providers that were not declared. */
  get resolvesAtRunTime(): boolean {
    return this.#resolveProvider !== undefined;
  }

  /** Whether the name's provider may change from one request to the next. */
  isChosenPerRequest(name: string): boolean {
    return !this.#fixed.has(name);
  }

  /** The provider declared under a name with fixed options, without waiting. */
  fixed(name: string): ProviderRuntime | undefined {
    return this.#fixed.get(name);
  }

  /**
   * The provider serving `name` in this request, or undefined when no provider has that name. Synchronous when
   * the provider is fixed, or chosen by a function that did not return a promise.
   *
   * @throws DanceError `invalid_options` when the app's function returns something that is not a valid provider;
   * `provider_unavailable` when it throws.
   */
  resolve(name: string, request: ProviderRequest): Eventually<ProviderRuntime | undefined> {
    const fixed = this.#fixed.get(name);
    if (fixed) return fixed;
    const declared = this.#perRequest.get(name);
    if (declared) return this.#choose(name, declared, request);
    const resolveProvider = this.#resolveProvider;
    if (!resolveProvider) return undefined;
    return after(
      () => resolveProvider(name, request),
      name,
      (found) => {
        if (found === undefined) return undefined;
        if (!isProvider(found)) throw notAProvider(name, "resolveProvider");
        return isPerRequest(found) ? this.#choose(name, found, request) : this.#prepare(name, found);
      },
    );
  }

  #choose(name: string, provider: PerRequestProvider, request: ProviderRequest): Eventually<ProviderRuntime> {
    return after(
      () => provider.resolve(request),
      name,
      (chosen) => {
        if (!isProvider(chosen) || isPerRequest(chosen)) throw notAProvider(name, "its function");
        return this.#prepare(name, chosen);
      },
    );
  }

  /** The prepared provider for these options: from the cache, or checked and made now (a failure is not kept). */
  #prepare(name: string, provider: Provider): ProviderRuntime {
    const key = optionsKey([name, provider.kind, provider.options, provider.profile]);
    let runtime = this.#prepared.get(key);
    if (!runtime) {
      runtime = new ProviderRuntime(name, provider, this.#deps, { bound: true });
      this.#prepared.set(key, runtime);
    }
    return runtime;
  }
}

/** `then(produce())`, synchronously when `produce` did not return a promise; a throw from the app is named. */
function after<T, R>(
  produce: () => Eventually<T>,
  name: string,
  then: (value: T) => Eventually<R>,
): Eventually<R> {
  let produced: Eventually<T>;
  try {
    produced = produce();
  } catch (cause) {
    throw unavailable(name, cause);
  }
  // Any thenable the app's database layer hands back counts as a promise.
  if (typeof (produced as PromiseLike<T> | undefined)?.then !== "function") return then(produced as T);
  return Promise.resolve(produced).then(then, (cause: unknown) => {
    throw unavailable(name, cause);
  });
}

function unavailable(name: string, cause: unknown): DanceError {
  if (cause instanceof DanceError) return cause;
  return new DanceError("provider_unavailable", `The ${name} provider could not be chosen for this request`, {
    provider: name,
    step: "options",
    cause,
  });
}

function notAProvider(name: string, source: string): DanceError {
  return new DanceError(
    "invalid_options",
    `Invalid options: providers.${name}: ${source} must return a provider made with oauth2(), oauth1() or a preset`,
    { provider: name, step: "options" },
  );
}
