// A store that keeps tokens in this process's memory, per provider and user: for tests and single-process scripts.
import type { Token } from "../token.js";
import type { TokenContext, TokenStorage } from "./token-storage.js";

/**
 * Keeps tokens in a Map keyed by provider and `config.userId` (or `config.user`), so tests can hold several
 * users' tokens at once. `new MemoryStorage(token)` starts with one token for every provider and no user.
 */
export class MemoryStorage implements TokenStorage {
  /** null marks a deleted token, so the initial token does not come back after a logout. */
  readonly #tokens = new Map<string, Token | null>();
  readonly #initial: Token | undefined;

  constructor(token?: Token) {
    this.#initial = token;
  }

  async get(ctx: TokenContext): Promise<Token | undefined> {
    const stored = this.#tokens.get(keyOf(ctx));
    if (stored !== undefined) return stored === null ? undefined : structuredClone(stored);
    return this.#initial && !userOf(ctx) ? structuredClone(this.#initial) : undefined;
  }

  async set(ctx: TokenContext, token: Token): Promise<void> {
    this.#tokens.set(keyOf(ctx), structuredClone(token));
  }

  async delete(ctx: TokenContext): Promise<void> {
    this.#tokens.set(keyOf(ctx), null);
  }
}

function userOf(ctx: TokenContext): string | undefined {
  const user = ctx.config.userId ?? ctx.config.user;
  return user === undefined || user === null ? undefined : String(user);
}

function keyOf(ctx: TokenContext): string {
  return JSON.stringify([ctx.provider, userOf(ctx) ?? null]);
}
