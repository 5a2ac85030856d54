// A store that keeps tokens in this process's memory, per provider and user: for tests and single-process scripts.
import type { Token } from "../token.js";
import {
  configuredUser,
  type TokenContext,
  type TokenStorage,
  type VersionedToken,
} from "./token-storage.js";

/**
 * Keeps tokens in a Map keyed by provider and `config.userId` (or `config.user`), so tests can hold several
 * users' tokens at once. `new MemoryStorage(token)` starts with one token for every provider and no user.
 * Supports compare-and-set, so refresh is single-flight within the process.
 */
export class MemoryStorage implements TokenStorage {
  /** A null token marks a deletion, so the initial token does not come back after a logout. */
  readonly #tokens = new Map<string, { token: Token | null; version: number }>();
  readonly #initial: Token | undefined;

  constructor(token?: Token) {
    this.#initial = token;
  }

  async get(ctx: TokenContext): Promise<Token | undefined> {
    return (await this.getVersioned(ctx))?.token;
  }

  async getVersioned(ctx: TokenContext): Promise<VersionedToken | undefined> {
    const stored = this.#tokens.get(keyOf(ctx));
    if (stored)
      return stored.token === null
        ? undefined
        : { token: structuredClone(stored.token), version: stored.version };
    return this.#initial && !userOf(ctx) ? { token: structuredClone(this.#initial), version: 0 } : undefined;
  }

  async set(ctx: TokenContext, token: Token): Promise<void> {
    const key = keyOf(ctx);
    this.#tokens.set(key, {
      token: structuredClone(token),
      version: (this.#tokens.get(key)?.version ?? 0) + 1,
    });
  }

  async compareAndSet(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean> {
    const key = keyOf(ctx);
    const current = this.#tokens.get(key);
    const version = current?.version ?? (this.#initial && !userOf(ctx) ? 0 : undefined);
    if (version !== expectedVersion || current?.token === null) return false;
    this.#tokens.set(key, { token: structuredClone(token), version: expectedVersion + 1 });
    return true;
  }

  async compareAndDelete(ctx: TokenContext, expectedVersion: number): Promise<boolean> {
    const current = await this.getVersioned(ctx);
    if (current?.version !== expectedVersion) return false;
    await this.delete(ctx);
    return true;
  }

  async delete(ctx: TokenContext): Promise<void> {
    const key = keyOf(ctx);
    this.#tokens.set(key, { token: null, version: (this.#tokens.get(key)?.version ?? 0) + 1 });
  }
}

function userOf(ctx: TokenContext): string | undefined {
  const user = configuredUser(ctx.config);
  return user === undefined ? undefined : String(user);
}

function keyOf(ctx: TokenContext): string {
  return JSON.stringify([ctx.provider, userOf(ctx) ?? null]);
}
