// Tokens in Redis: one hash per (provider, user), written by Lua scripts so compare-and-set is atomic across
// every app instance that shares the server; and back-channel logouts, one expiring key per sub or sid.
import { randomInt } from "node:crypto";
import {
  DanceError,
  type LogoutEntry,
  type LogoutList,
  type LogoutQuery,
  resolveUser,
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
import { tokenKey } from "./token-key.js";
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

/**
 * Keeps OAuth tokens in Redis through the official `redis` client (or ioredis). Several app instances can share
 * the server; `compareAndSet` lets exactly one of them win a refresh. Options are named as KnexStorage's: the
 * handle's `config.userId` (or `config.user`) wins, else the `user` function; without a user, reads find nothing
 * and writes fail with `storage_failed`, unless `userRequired: false`.
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

  /** The key that holds a user's token for a provider (`userId` undefined: the visitor with no app user). */
  keyOf(provider: string, userId: string | undefined): string {
    return tokenKey(this.#options.keyPrefix, provider, userId);
  }

  /** @throws DanceError `storage_failed` when Redis fails or the user id is unusable. */
  async get(ctx: TokenContext): Promise<Token | undefined> {
    return (await this.getVersioned(ctx))?.token;
  }

  /** The token with its version, for `compareAndSet`. Versions are opaque: compare them for equality only. */
  async getVersioned(ctx: TokenContext): Promise<VersionedToken | undefined> {
    const key = await this.#keyFor(ctx, "read");
    if (key === undefined) return undefined;
    const [version, raw] = (await this.#run(ctx, "read", scripts.GET, key, [])) as [unknown, unknown];
    if (version === null || version === undefined || typeof raw !== "string") return undefined;
    const token = await this.#decode(raw, key);
    return token && { token, version: Number(version) };
  }

  /** Stores the token (a new key or the same key overwritten; its version moves on) with its TTL. */
  async set(ctx: TokenContext, token: Token): Promise<void> {
    const key = (await this.#keyFor(ctx, "store")) as string;
    const args = [
      await this.#encode(token, key),
      String(this.#ttlOf(token)),
      String(randomInt(1, MAX_INITIAL_VERSION)),
    ];
    await this.#run(ctx, "store", scripts.SET, key, args);
  }

  /** Stores the token only if its version is still `expectedVersion`: true for exactly one of racing writers. */
  async compareAndSet(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean> {
    const key = (await this.#keyFor(ctx, "store")) as string;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    const args = [String(expectedVersion), await this.#encode(token, key), String(this.#ttlOf(token))];
    return Number(await this.#run(ctx, "store", scripts.COMPARE_AND_SET, key, args)) === 1;
  }

  async delete(ctx: TokenContext): Promise<void> {
    const key = (await this.#keyFor(ctx, "delete")) as string;
    await this.#run(ctx, "delete", scripts.DELETE, key, []);
  }

  /** Deletes the token only if its version is still `expectedVersion`, so a token stored since stays. */
  async compareAndDelete(ctx: TokenContext, expectedVersion: number): Promise<boolean> {
    const key = (await this.#keyFor(ctx, "delete")) as string;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    return (
      Number(await this.#run(ctx, "delete", scripts.COMPARE_AND_DELETE, key, [String(expectedVersion)])) === 1
    );
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
        this.#run(entry, "record", scripts.ADD_LOGOUT, key, args, "the logout"),
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
        this.#run(query, "read", scripts.GET_LOGOUT, key, [], "the logout"),
      ),
    );
    // A missing key answers null (Number(null) would be 0, a logout at the epoch).
    const times = found.flatMap((value) => (typeof value === "string" ? [Number(value)] : []));
    const valid = times.filter(Number.isFinite);
    return valid.length > 0 ? Math.max(...valid) : undefined;
  }

  /** Whether a key holds a token (for tests and operators). */
  async has(provider: string, userId: string | undefined): Promise<boolean> {
    const ctx = { provider, config: {} };
    return Number(await this.#run(ctx, "read", scripts.EXISTS, this.keyOf(provider, userId), [])) === 1;
  }

  /** The key of this call's user, or undefined for a read without a user (writes without one fail). */
  async #keyFor(ctx: TokenContext, action: Action): Promise<string | undefined> {
    const user = await resolveUser(ctx, this.#options.user, USER_RULES);
    if (user === undefined && this.#options.userRequired) {
      if (action === "read") return undefined;
      throw new DanceError("storage_failed", `RedisStorage cannot ${action} a token without a user`, {
        provider: ctx.provider,
        step: "store",
      });
    }
    return this.keyOf(ctx.provider, user);
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
   * A seal that does not open with our secrets, or was made for another key, reads as no token; so does a plain
   * token when sealing is on, since anyone who can write to Redis could have put it there.
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
    key: string,
    args: string[],
    what = "the token",
  ): Promise<unknown> {
    const { client, timeout } = this.#options;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeout} ms`)), timeout);
    });
    try {
      return await Promise.race([runScript(client, script, key, args), deadline]);
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
