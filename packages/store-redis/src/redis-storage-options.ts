// The options of `new RedisStorage(...)`, named and checked as KnexStorage's are, with errors that name the option.
import { atRestSealer, DanceError, type Sealer, type UserResolver } from "@oauth-dance/core";
import { DEFAULT_LOGOUT_KEY_PREFIX } from "./logout-key.js";
import { isRedisClient, type RedisClientLike } from "./redis-client.js";
import { DEFAULT_KEY_PREFIX } from "./token-key.js";

/** Seconds a logout is kept by default: 90 days, about as long as refresh tokens commonly live. */
const DEFAULT_LOGOUT_RETENTION = 90 * 24 * 60 * 60;

/** What `new RedisStorage(...)` takes: the client, the key prefix, how to find the user, expiry and sealing. */
export interface RedisStorageOptions {
  /** A connected node-redis client (`createClient()`, `createCluster()`) or an ioredis one (`new Redis()`). */
  client: RedisClientLike;
  /** What every key starts with. Default `oauth-dance:token:`. No `{` or `}` (they would break the hash tag). */
  keyPrefix?: string;
  /**
   * What the keys of back-channel logouts start with, when this store is the dance's `logoutList`. Default
   * `oauth-dance:logout:`. No `{` or `}`.
   */
  logoutKeyPrefix?: string;
  /**
   * Seconds a back-channel logout is kept (its key's EX; default 90 days): a token of that account or session not
   * used for longer reads as present again.
   */
  logoutRetention?: number;
  /**
   * Finds the current app user per call, from the request (`request.cookies`, `native.user`, ...), as
   * KnexStorage's does. A `userId` (or `user`) the app puts in the handle's config wins.
   */
  user?: UserResolver;
  /** Whether a token must belong to a user (as KnexStorage's). Default true. */
  userRequired?: boolean;
  /**
   * Seconds a token without a refresh token is kept past its expiry (default 300); a token without an expiry
   * is kept until deleted.
   */
  expiryMargin?: number;
  /**
   * Seconds a token with a refresh token is kept after each write (default: until deleted, since a refresh
   * token usually outlives any guess).
   */
  refreshableTtl?: number;
  /** Milliseconds a Redis call may take before the request fails with `storage_failed`. Default 2000. */
  timeout?: number;
  /** Seal each token with iron (AES-256-CBC + HMAC-SHA-256), so a dump or a replica does not leak tokens. */
  encrypt?: { secret: string | readonly string[] };
  /** The clock, in milliseconds (tests). Default `Date.now`. */
  now?: () => number;
}

/** The options once checked. */
export interface ParsedRedisStorageOptions {
  client: RedisClientLike;
  keyPrefix: string;
  logoutKeyPrefix: string;
  logoutRetention: number;
  user: UserResolver | undefined;
  userRequired: boolean;
  expiryMargin: number;
  refreshableTtl: number | undefined;
  timeout: number;
  sealer: Sealer | undefined;
  now: () => number;
}

/** @throws DanceError `invalid_options` naming the first bad option. */
export function parseRedisStorageOptions(options: RedisStorageOptions): ParsedRedisStorageOptions {
  if (typeof options !== "object" || options === null)
    invalid("options", "must be an object with at least client");
  if (!isRedisClient(options.client)) {
    invalid("client", "must be a node-redis client (createClient()) or an ioredis client (new Redis())");
  }
  const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  if (typeof keyPrefix !== "string" || /[{}]/.test(keyPrefix)) {
    invalid("keyPrefix", "must be a string without { or } (the key's hash tag uses them)");
  }
  const logoutKeyPrefix = options.logoutKeyPrefix ?? DEFAULT_LOGOUT_KEY_PREFIX;
  if (typeof logoutKeyPrefix !== "string" || /[{}]/.test(logoutKeyPrefix)) {
    invalid("logoutKeyPrefix", "must be a string without { or }");
  }
  const logoutRetention = options.logoutRetention ?? DEFAULT_LOGOUT_RETENTION;
  if (!Number.isInteger(logoutRetention) || logoutRetention <= 0) {
    invalid("logoutRetention", "must be a positive whole number of seconds");
  }
  if (options.user !== undefined && typeof options.user !== "function") invalid("user", "must be a function");
  if (options.userRequired !== undefined && typeof options.userRequired !== "boolean") {
    invalid("userRequired", "must be a boolean");
  }
  const expiryMargin = seconds(options.expiryMargin, "expiryMargin") ?? 300;
  const refreshableTtl = seconds(options.refreshableTtl, "refreshableTtl");
  const timeout = options.timeout ?? 2000;
  if (!Number.isFinite(timeout) || timeout <= 0)
    invalid("timeout", "must be a positive number of milliseconds");
  return {
    client: options.client,
    keyPrefix,
    logoutKeyPrefix,
    logoutRetention,
    user: options.user,
    userRequired: options.userRequired ?? true,
    expiryMargin,
    refreshableTtl,
    timeout,
    sealer: options.encrypt === undefined ? undefined : sealerOf(options.encrypt),
    now: options.now ?? Date.now,
  };
}

function seconds(value: number | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) invalid(option, "must be a number of seconds, 0 or more");
  return value;
}

function sealerOf(encrypt: { secret: string | readonly string[] }): Sealer {
  const sealer = atRestSealer(typeof encrypt === "object" && encrypt !== null ? encrypt.secret : undefined);
  if (typeof sealer === "string") invalid("encrypt.secret", sealer);
  return sealer;
}

function invalid(option: string, message: string): never {
  throw new DanceError("invalid_options", `Invalid options: RedisStorage ${option} ${message}`, {
    step: "options",
  });
}
