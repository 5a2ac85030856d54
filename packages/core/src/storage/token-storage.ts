// The one interface every token store implements, and the context a store is asked with.
import type { DanceRequest } from "../http/request.js";
import type { SessionCookies } from "../session/session-cookies.js";
import type { Token } from "../token.js";

/** Which token a store is asked about: the provider, the handle's per-request config, and the request itself. */
export interface TokenContext {
  /** The provider's name in `createDance({ providers })`. */
  provider: string;
  /** The handle's per-request record (for example `{ userId }`); a per-user store reads its user from here first. */
  config: Readonly<Record<string, unknown>>;
  /** The request being served (absent for work outside a request, such as a background job). */
  request?: DanceRequest | undefined;
  /** The framework's own request object (Express `req`, Hono `Context`, Koa `ctx`). */
  native?: unknown;
  /** The request's sealed-cookie session (absent outside a request). */
  session?: SessionCookies | undefined;
  /**
   * Which of the user's accounts at the provider, by its id there (`sub`), for a provider with `multipleAccounts`.
   * Absent: the account stored last (`set`), the one a plain handle means. A `set` without it stores the token
   * under the account the token is marked with (`oauth_dance_account`), or under none.
   */
  account?: string | undefined;
}

/** One account's token, as `TokenStorage.accounts` lists it. */
export interface StoredAccount {
  /** The account's id at the provider; `""` for a token stored before its account was recorded. */
  account: string;
  token: Token;
}

/** A token with the version its store keeps for compare-and-set. */
export interface VersionedToken {
  token: Token;
  version: number;
}

/**
 * Where tokens live between requests. Methods may throw; the dance reports that as `storage_failed`.
 * Stores shared by several app instances implement `getVersioned` and `compareAndSet`, so that one refresh wins
 * when many instances refresh the same token at once.
 */
export interface TokenStorage {
  get(ctx: TokenContext): Promise<Token | undefined>;
  /** Stores the token (insert or overwrite) and moves its version on. */
  set(ctx: TokenContext, token: Token): Promise<void>;
  /** Deletes the token; deleting an absent token is not an error. */
  delete(ctx: TokenContext): Promise<void>;
  /** Reads the token with its current version. */
  getVersioned?(ctx: TokenContext): Promise<VersionedToken | undefined>;
  /** Writes the token only if the stored version is still `expectedVersion`; true for exactly one of racing writers. */
  compareAndSet?(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean>;
  /**
   * Deletes the token only if the stored version is still `expectedVersion`: a refresh token found dead removes
   * the token it belonged to, never one stored since (a new login on another instance). Stores with
   * `compareAndSet` should have it; without it a dead token is deleted whatever its version.
   */
  compareAndDelete?(ctx: TokenContext, expectedVersion: number): Promise<boolean>;
  /**
   * Every account's token of the context's user and provider, the one stored last first. A store that has it keeps
   * one token per account (`ctx.account`), which `multipleAccounts` needs.
   */
  accounts?(ctx: TokenContext): Promise<StoredAccount[]>;
  /** The app user the store would use for this context (its `user` function), for the `authorized` hook. */
  userOf?(ctx: TokenContext): Promise<string | undefined>;
  /**
   * Deletes every token of one provider account (the provider's `sub`) or session (`sid`), when the provider
   * announces a back-channel logout. Optional: without it, such tokens read as absent on their next use and are
   * deleted then.
   */
  deleteByAccount?(
    provider: string,
    account: { sub?: string | undefined; sid?: string | undefined },
  ): Promise<void>;
}

/**
 * The app user a store call is for, as the handle's config names it: `config.userId`, else `config.user`.
 * `undefined`, `null` and `""` name nobody (a user id `0` still counts). Stores that keep tokens per user
 * read the user this way first, so every store agrees on it.
 *
 * @example const user = configuredUser(ctx.config) ?? (await myUserLookup(ctx.native));
 */
export function configuredUser(config: Readonly<Record<string, unknown>>): unknown {
  return named(config.userId) ?? named(config.user);
}

function named(value: unknown): unknown {
  return value === undefined || value === null || value === "" ? undefined : value;
}
