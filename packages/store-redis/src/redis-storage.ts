// Tokens in Redis: one hash per (provider, user, account) and a sorted set of the accounts, written by Lua scripts
// so compare-and-set is atomic across every app instance that shares the server; and back-channel logouts, one
// expiring key per sub or sid.
import { randomInt } from "node:crypto";
import {
  ACCOUNT_FIELD,
  DanceError,
  type LogoutEntry,
  type LogoutList,
  type LogoutQuery,
  resolveUser,
  type StoredAccount,
  type Token,
  type TokenContext,
  type TokenStorage,
  type VersionedToken,
} from "@oauth-dance/core";
import { logoutKeys } from "./logout-key.js";
import { runScript } from "./redis-client.js";
import {
  type ParsedRedisStorageOptions,
  parseRedisStorageOptions,
  type RedisStorageOptions,
} from "./redis-storage-options.js";
import { accountKey, accountMember, accountOfMember, accountsKey, tokenKey } from "./token-key.js";
import * as scripts from "./token-scripts.js";

/** Redis keys are binary-safe, but a user id this long is a mistake, not an id. */
const USER_RULES = { store: "RedisStorage", maxLength: 1024 };
/** New keys start at a random version below 2^47, leaving room for increments within Number's 2^53. */
const MAX_INITIAL_VERSION = 2 ** 47;
/** Seals never expire on their own: the key's TTL decides how long a token lives. */
const NO_TTL = 0;

type Action = "read" | "store" | "delete" | "record";

interface SealedPayload {
  key: string;
  token: Token;
}

/** The keys a call is about: the owner's key and accounts set, then the named account's key, if it names one. */
interface Target {
  owner: string;
  keys: string[];
  /** The named account as the set records it (`""` when the call names none: the script resolves it). */
  member: string;
  named: boolean;
}

/**
 * Keeps OAuth tokens in Redis through the official `redis` client (or ioredis). Several app instances can share
 * the server; `compareAndSet` lets exactly one of them win a refresh. Options are named as KnexStorage's: the
 * handle's `config.userId` (or `config.user`) wins, else the `user` function; without a user, reads find nothing
 * and writes fail with `storage_failed`, unless `userRequired: false`.
 *
 * It keeps a token per account of the user's at the provider (`ctx.account`, `accounts()`), so it serves providers
 * with `multipleAccounts`: the account `""` is the key `<prefix>{<provider>:<user>}` that earlier releases kept
 * the one token in, so a deployment upgrading keeps its tokens, as that account, with no migration. At most 100
 * accounts per user and provider: storing one more drops the one stored longest ago.
 *
 * A token expires with its key: one without a refresh token `expiryMargin` seconds after its own expiry, one with a
 * refresh token after `refreshableTtl` (default: never).
 *
 * It is also a `LogoutList` shared by every instance: `createDance({ storage, logoutList: storage })`.
 *
 * @throws DanceError `invalid_options` from the constructor, naming the bad option.
 * @example
 * import { createClient } from "redis";
 * import { RedisStorage } from "@oauth-dance/store-redis";
 *
 * const client = await createClient({ url: "redis://127.0.0.1:6379", disableOfflineQueue: true }).connect();
 * const storage = new RedisStorage({ client, user: ({ native }) => (native as { user?: { id: string } }).user?.id });
 */
export class RedisStorage implements TokenStorage, LogoutList {
  readonly #options: ParsedRedisStorageOptions;

  /** @throws DanceError `invalid_options` naming the bad option. */
  constructor(options: RedisStorageOptions) {
    this.#options = parseRedisStorageOptions(options);
  }

  /**
   * The key that holds a user's token for a provider (`userId` undefined: the visitor with no app user), of the
   * account `account` (absent or `""`: the key from before accounts).
   *
   * @throws DanceError `storage_failed` for an account id over 255 characters or not well-formed text.
   */
  keyOf(provider: string, userId: string | undefined, account?: string): string {
    const owner = tokenKey(this.#options.keyPrefix, provider, userId);
    return account === undefined ? owner : accountKey(owner, accountMember(account, provider));
  }

  /**
   * The token of `ctx.account`, or without one of the account stored last (the key from before accounts when the
   * user has no account recorded).
   *
   * @throws DanceError `storage_failed` when Redis fails, or the user id or account is unusable.
   */
  async get(ctx: TokenContext): Promise<Token | undefined> {
    return (await this.getVersioned(ctx))?.token;
  }

  /**
   * The token with its version, for `compareAndSet`. Versions are opaque: compare them for equality only.
   *
   * @throws DanceError `storage_failed` when Redis fails, or the user id or account is unusable.
   */
  async getVersioned(ctx: TokenContext): Promise<VersionedToken | undefined> {
    const target = await this.#targetFor(ctx, "read", ctx.account);
    if (target === undefined) return undefined;
    const [version, raw, member] = (await this.#run(ctx, "read", scripts.GET, target.keys, [
      target.member,
    ])) as [unknown, unknown, unknown];
    if (version === null || version === undefined || typeof raw !== "string") return undefined;
    const token = await this.#decode(raw, accountKey(target.owner, String(member)));
    return token && { token, version: Number(version) };
  }

  /**
   * Stores the token (a new key or the same key overwritten; its version moves on) with its TTL, under
   * `ctx.account`, else the account the token is marked with (`oauth_dance_account`), else the account `""`; that
   * account becomes the one stored last.
   *
   * @throws DanceError `storage_failed` when Redis fails, without a user (unless `userRequired: false`), or for an
   *   account id over 255 characters.
   */
  async set(ctx: TokenContext, token: Token): Promise<void> {
    const target = (await this.#targetFor(ctx, "store", ctx.account ?? markedAccount(token))) as Target;
    const key = target.keys[2] as string;
    const args = [
      target.member,
      await this.#encode(token, key),
      String(this.#ttlOf(token)),
      String(randomInt(1, MAX_INITIAL_VERSION)),
      String(Math.floor(this.#options.now())),
    ];
    await this.#run(ctx, "store", scripts.SET, target.keys, args);
  }

  /**
   * Stores the token only if its version is still `expectedVersion`: true for exactly one of racing writers. On
   * `ctx.account`, else on the account stored last; which account is stored last does not change.
   *
   * @throws DanceError `storage_failed` when Redis fails, without a user (unless `userRequired: false`), or for an
   *   account id over 255 characters.
   */
  async compareAndSet(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean> {
    const target = (await this.#targetFor(ctx, "store", ctx.account)) as Target;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    const args = [target.member, String(expectedVersion)];
    if (target.named || !this.#options.sealer) {
      args.push(await this.#encode(token, target.keys[2] ?? target.owner), String(this.#ttlOf(token)));
    } else {
      // The seal names the key it is for, which only the script finds: seal for the account stored last now, and
      // let the script write only if that is still the one.
      const member = String(await this.#run(ctx, "store", scripts.LATEST, target.keys, []));
      const key = accountKey(target.owner, member);
      args.push(await this.#encode(token, key), String(this.#ttlOf(token)), member);
    }
    return Number(await this.#run(ctx, "store", scripts.COMPARE_AND_SET, target.keys, args)) === 1;
  }

  /**
   * Deletes the token of `ctx.account`, else of the account stored last (which makes the one stored before it the
   * last). Deleting an absent token is not an error.
   *
   * @throws DanceError `storage_failed` when Redis fails, without a user (unless `userRequired: false`), or for an
   *   account id over 255 characters.
   */
  async delete(ctx: TokenContext): Promise<void> {
    const target = (await this.#targetFor(ctx, "delete", ctx.account)) as Target;
    await this.#run(ctx, "delete", scripts.DELETE, target.keys, [target.member]);
  }

  /**
   * Deletes the token only if its version is still `expectedVersion`, so a token stored since stays. On
   * `ctx.account`, else on the account stored last.
   *
   * @throws DanceError `storage_failed` when Redis fails, without a user (unless `userRequired: false`), or for an
   *   account id over 255 characters.
   */
  async compareAndDelete(ctx: TokenContext, expectedVersion: number): Promise<boolean> {
    const target = (await this.#targetFor(ctx, "delete", ctx.account)) as Target;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    const args = [target.member, String(expectedVersion)];
    return Number(await this.#run(ctx, "delete", scripts.COMPARE_AND_DELETE, target.keys, args)) === 1;
  }

  /**
   * Every account's token of the current user at `ctx.provider`, the one stored last (by `set`) first, in one
   * script call; a key from before accounts that no `set` has recorded since comes last, as the account `""`.
   * Tokens that do not open (sealed with another secret, or for another key) are left out.
   *
   * @throws DanceError `storage_failed` when Redis fails or the user id is unusable.
   */
  async accounts(ctx: TokenContext): Promise<StoredAccount[]> {
    const owner = await this.#keyFor(ctx, "read");
    if (owner === undefined) return [];
    const keys = [owner, accountsKey(owner)];
    const flat = (await this.#run(ctx, "read", scripts.LIST_ACCOUNTS, keys, [], "the accounts")) as unknown[];
    const listed: StoredAccount[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const member = flat[i];
      const raw = flat[i + 1];
      if (typeof member !== "string" || typeof raw !== "string") continue;
      const account = accountOfMember(member);
      const token = account === undefined ? undefined : await this.#decode(raw, accountKey(owner, member));
      if (account !== undefined && token) listed.push({ account, token });
    }
    return listed;
  }

  /**
   * The app user this store keys the context's tokens by (`config.userId`, else the `user` function), or
   * undefined.
   *
   * @throws DanceError `storage_failed` when the user id is unusable or the user function throws.
   */
  userOf(ctx: TokenContext): Promise<string | undefined> {
    return resolveUser(ctx, this.#options.user, USER_RULES);
  }

  /**
   * Records a back-channel logout: a key per `sub` and per `sid` holding its time, set with EX
   * `logoutRetention`, so Redis forgets it by itself. A later logout already recorded for the key is kept.
   *
   * @throws DanceError `storage_failed` when Redis fails.
   */
  async add(entry: LogoutEntry): Promise<void> {
    const { logoutKeyPrefix, logoutRetention } = this.#options;
    const args = [String(Math.floor(entry.at)), String(logoutRetention)];
    await Promise.all(
      logoutKeys(logoutKeyPrefix, entry).map((key) =>
        this.#run(entry, "record", scripts.ADD_LOGOUT, [key], args, "the logout"),
      ),
    );
  }

  /**
   * The latest logout (unix seconds) recorded for the query's provider and issuer and its `sub` or `sid`, or
   * undefined.
   *
   * @throws DanceError `storage_failed` when Redis fails.
   */
  async find(query: LogoutQuery): Promise<number | undefined> {
    const found = await Promise.all(
      logoutKeys(this.#options.logoutKeyPrefix, query).map((key) =>
        this.#run(query, "read", scripts.GET_LOGOUT, [key], [], "the logout"),
      ),
    );
    // A missing key answers null (Number(null) would be 0, a logout at the epoch).
    const times = found.flatMap((value) => (typeof value === "string" ? [Number(value)] : []));
    const valid = times.filter(Number.isFinite);
    return valid.length > 0 ? Math.max(...valid) : undefined;
  }

  /**
   * Whether a key holds a token, of the account `account` (absent: the account `""`), for tests and operators.
   *
   * @throws DanceError `storage_failed` when Redis fails.
   */
  async has(provider: string, userId: string | undefined, account?: string): Promise<boolean> {
    const ctx = { provider, config: {} };
    const key = this.keyOf(provider, userId, account);
    return Number(await this.#run(ctx, "read", scripts.EXISTS, [key], [])) === 1;
  }

  /** The owner key of this call's user, or undefined for a read without a user (writes without one fail). */
  async #keyFor(ctx: TokenContext, action: Action): Promise<string | undefined> {
    const user = await resolveUser(ctx, this.#options.user, USER_RULES);
    if (user === undefined && this.#options.userRequired) {
      if (action === "read") return undefined;
      throw new DanceError("storage_failed", `RedisStorage cannot ${action} a token without a user`, {
        provider: ctx.provider,
        step: "store",
      });
    }
    try {
      return this.keyOf(ctx.provider, user);
    } catch (cause) {
      // encodeURIComponent refuses a lone surrogate, which a user id read from JSON can hold.
      throw new DanceError("storage_failed", "RedisStorage keeps user ids of well-formed Unicode text only", {
        provider: ctx.provider,
        step: "store",
        cause,
      });
    }
  }

  /** The keys of a call about `account` (undefined: the account stored last, which the script finds). */
  async #targetFor(
    ctx: TokenContext,
    action: Action,
    account: string | undefined,
  ): Promise<Target | undefined> {
    const owner = await this.#keyFor(ctx, action);
    if (owner === undefined) return undefined;
    const keys = [owner, accountsKey(owner)];
    if (account === undefined) return { owner, keys, member: "", named: false };
    const member = accountMember(account, ctx.provider);
    return { owner, keys: [...keys, accountKey(owner, member)], member, named: true };
  }

  /** Milliseconds the key lives: 0 for "until deleted". */
  #ttlOf(token: Token): number {
    const { refreshableTtl, expiryMargin, now } = this.#options;
    if (token.refresh_token) return refreshableTtl === undefined ? 0 : Math.max(1, refreshableTtl * 1000);
    if (typeof token.expires_at !== "number") return 0;
    return Math.max(1, Math.ceil((token.expires_at + expiryMargin) * 1000 - now()));
  }

  async #encode(token: Token, key: string): Promise<string> {
    const { sealer } = this.#options;
    if (!sealer) return JSON.stringify(token);
    return sealer.seal({ key, token } satisfies SealedPayload, NO_TTL);
  }

  /**
   * A seal that does not open with our secrets, or was made for another key (another user's, or another account's
   * of the same user), reads as no token; so does a plain token when sealing is on, since anyone who can write to
   * Redis could have put it there.
   */
  async #decode(raw: string, key: string): Promise<Token | undefined> {
    const { sealer } = this.#options;
    if (sealer) {
      const payload = raw.startsWith("Fe26.") ? await sealer.unseal<SealedPayload>(raw, NO_TTL) : undefined;
      return payload?.key === key && typeof payload.token === "object" ? payload.token : undefined;
    }
    try {
      const token: unknown = JSON.parse(raw);
      return typeof token === "object" && token !== null ? (token as Token) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Runs a script within the timeout; any failure of Redis or the client is `storage_failed`. */
  async #run(
    ctx: { provider: string },
    action: Action,
    script: string,
    keys: string[],
    args: string[],
    what = "the token",
  ): Promise<unknown> {
    const { client, timeout } = this.#options;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeout} ms`)), timeout);
    });
    try {
      return await Promise.race([runScript(client, script, keys, args), deadline]);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new DanceError("storage_failed", `RedisStorage could not ${action} ${what}: ${reason}`, {
        provider: ctx.provider,
        step: "store",
        cause,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The account a token is marked with, or `""` (a token of a provider without several accounts). */
function markedAccount(token: Token): string {
  const account = token[ACCOUNT_FIELD];
  return typeof account === "string" ? account : "";
}
