// A small in-process cache of stored tokens, bounded in size and age, that also remembers "no token".
import type { TokenStorage } from "@oauth-dance/core";

/** A token with its compare-and-set version, as `TokenStorage.getVersioned` returns it. */
export type VersionedToken = NonNullable<Awaited<ReturnType<NonNullable<TokenStorage["getVersioned"]>>>>;

/** How big and how stale the cache may get. */
export interface TokenCacheOptions {
  /** Most entries kept; the least recently used go first. Default 1000. */
  max?: number;
  /** Seconds an entry is trusted: the longest another app instance's write can go unseen. Default 30. */
  ttl?: number;
}

interface Entry {
  /** null: the database had no token, which is worth caching too (every anonymous page view asks). */
  value: VersionedToken | null;
  expiresAt: number;
}

/**
 * Least-recently-used, time-bounded map from (provider, user) keys to tokens. Callers build the key from the
 * resolved user, so two users never share an entry. Values are copied in and out, so no caller can change
 * another's token.
 */
export class TokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: TokenCacheOptions = {}, now: () => number = Date.now) {
    this.#max = options.max ?? 1000;
    this.#ttlMs = (options.ttl ?? 30) * 1000;
    this.#now = now;
  }

  /** The cached value (null for a cached "no token"), or undefined when nothing fresh is cached. */
  get(key: string): VersionedToken | null | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.#now()) return undefined;
    // Re-inserting moves the key to the end of the Map's order: the most recently used.
    this.#entries.set(key, entry);
    return entry.value && structuredClone(entry.value);
  }

  set(key: string, value: VersionedToken | null): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value: value && structuredClone(value), expiresAt: this.#now() + this.#ttlMs });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#max) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Forgets every entry (after a write whose rows are not known one by one). */
  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
