// A store that keeps tokens in this process's memory, per provider, user and account: for tests and scripts.
import type { Token } from "../token.js";
import { ACCOUNT_FIELD } from "./token-account.js";
import {
  configuredUser,
  type StoredAccount,
  type TokenContext,
  type TokenStorage,
  type VersionedToken,
} from "./token-storage.js";

/**
 * Keeps tokens in a Map keyed by provider, `config.userId` (or `config.user`) and the provider account, so tests
 * can hold several users' tokens, and several accounts of one user's, at once. `new MemoryStorage(token)` starts
 * with one token for every provider and no user. Supports compare-and-set, so refresh is single-flight within
 * the process, and `accounts`, so it serves providers with `multipleAccounts`.
 */
export class MemoryStorage implements TokenStorage {
  /** A null token marks a deletion, so the initial token does not come back after a logout. */
  readonly #tokens = new Map<string, { token: Token | null; version: number }>();
  /** Each provider and user's accounts, the one stored last first. */
  readonly #recent = new Map<string, string[]>();
  readonly #initial: Token | undefined;

  constructor(token?: Token) {
    this.#initial = token;
  }

  async get(ctx: TokenContext): Promise<Token | undefined> {
    return (await this.getVersioned(ctx))?.token;
  }

  async getVersioned(ctx: TokenContext): Promise<VersionedToken | undefined> {
    const stored = this.#tokens.get(this.#keyOf(ctx));
    if (stored)
      return stored.token === null
        ? undefined
        : { token: structuredClone(stored.token), version: stored.version };
    return this.#initialFor(ctx) ? { token: structuredClone(this.#initial as Token), version: 0 } : undefined;
  }

  async set(ctx: TokenContext, token: Token): Promise<void> {
    const account = ctx.account ?? accountIn(token);
    const key = keyOf(ctx, account);
    this.#tokens.set(key, {
      token: structuredClone(token),
      version: (this.#tokens.get(key)?.version ?? 0) + 1,
    });
    const owner = ownerOf(ctx);
    this.#recent.set(owner, [account, ...(this.#recent.get(owner) ?? []).filter((id) => id !== account)]);
  }

  async compareAndSet(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean> {
    const key = this.#keyOf(ctx);
    const current = this.#tokens.get(key);
    const version = current?.version ?? (this.#initialFor(ctx) ? 0 : undefined);
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
    const account = ctx.account ?? this.#latest(ctx);
    const key = keyOf(ctx, account);
    this.#tokens.set(key, { token: null, version: (this.#tokens.get(key)?.version ?? 0) + 1 });
    const owner = ownerOf(ctx);
    this.#recent.set(
      owner,
      (this.#recent.get(owner) ?? []).filter((id) => id !== account),
    );
  }

  async accounts(ctx: TokenContext): Promise<StoredAccount[]> {
    const listed: StoredAccount[] = [];
    for (const account of this.#recent.get(ownerOf(ctx)) ?? []) {
      const token = this.#tokens.get(keyOf(ctx, account))?.token;
      if (token) listed.push({ account, token: structuredClone(token) });
    }
    if (listed.length === 0 && this.#initialFor({ ...ctx, account: "" })) {
      listed.push({ account: "", token: structuredClone(this.#initial as Token) });
    }
    return listed;
  }

  async userOf(ctx: TokenContext): Promise<string | undefined> {
    return userOf(ctx);
  }

  /** The key of the context's account: the one named, else the one stored last. */
  #keyOf(ctx: TokenContext): string {
    return keyOf(ctx, ctx.account ?? this.#latest(ctx));
  }

  #latest(ctx: TokenContext): string {
    return this.#recent.get(ownerOf(ctx))?.[0] ?? "";
  }

  #initialFor(ctx: TokenContext): boolean {
    return (
      Boolean(this.#initial) && !userOf(ctx) && (ctx.account ?? "") === "" && !this.#recent.has(ownerOf(ctx))
    );
  }
}

function userOf(ctx: TokenContext): string | undefined {
  const user = configuredUser(ctx.config);
  return user === undefined ? undefined : String(user);
}

function accountIn(token: Token): string {
  const account = token[ACCOUNT_FIELD];
  return typeof account === "string" ? account : "";
}

function ownerOf(ctx: TokenContext): string {
  return JSON.stringify([ctx.provider, userOf(ctx) ?? null]);
}

function keyOf(ctx: TokenContext, account: string): string {
  return JSON.stringify([ctx.provider, userOf(ctx) ?? null, account]);
}
