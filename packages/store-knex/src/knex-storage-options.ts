// The options of `new KnexStorage(...)`, checked once at construction with errors that name the bad option.
import { atRestSealer, DanceError, type Sealer, type UserResolver } from "@oauth-dance/core";
import type { Knex } from "knex";
import { ClientCodec } from "./client-codec.js";
import { DEFAULT_CLIENTS_TABLE_NAME } from "./clients-table.js";
import type { Dialect } from "./dialect.js";
import { DEFAULT_LOGOUTS_TABLE_NAME } from "./logouts-table.js";
import { TokenCache, type TokenCacheOptions } from "./token-cache.js";
import { TokenCodec } from "./token-codec.js";
import { checkDialect, checkTableName, DEFAULT_TABLE_NAME } from "./tokens-table.js";

/** What `new KnexStorage(...)` takes: the database, the table, how to find the user, and the cache and sealing. */
export interface KnexStorageOptions {
  /** A knex instance on PostgreSQL (`pg`), MySQL/MariaDB (`mysql2`) or SQLite (`better-sqlite3`). */
  knex: Knex;
  /** The table `createTokensTable` created, optionally schema-qualified. Default `oauth_tokens`. */
  tableName?: string;
  /**
   * The table `createClientsTable` created, where clients registered with `oauth2({ register })` are kept when
   * this store is their `register.store`. Default `oauth_clients`.
   */
  clientsTableName?: string;
  /**
   * The table `createLogoutsTable` created, where back-channel logouts are kept when this store is the dance's
   * `logoutList`. Default `oauth_logouts`.
   */
  logoutsTableName?: string;
  /**
   * Seconds a back-channel logout is kept (default 90 days): a token of that account or session not used for
   * longer reads as present again. Rows older than this are pruned as logouts are added.
   */
  logoutRetention?: number;
  /**
   * Finds the current app user per call, from the request (`request.cookies`, `native.user`, ...).
   * A `userId` (or `user`) the app puts in the handle's config wins.
   */
  user?: UserResolver;
  /**
   * Whether a token must belong to a user. Default true: a visitor with no user reads no token, and storing or
   * deleting one fails with `storage_failed`. `false` keeps one shared token per provider when there is no user
   * (a bot account, a command-line tool).
   */
  userRequired?: boolean;
  /** Keep tokens in this process for a while: `true` for the defaults, or `{ max, ttl }`. Default off. */
  cache?: boolean | TokenCacheOptions;
  /**
   * Seal the token column with iron (AES-256-CBC + HMAC-SHA-256), so a leaked database or backup does not leak
   * provider tokens; the client column of the clients table too, since a client secret is as sensitive.
   * `secret`: at least 32 characters; a list rotates (seal with the first, open with any).
   */
  encrypt?: { secret: string | readonly string[] };
}

/** The options once checked, with the parts built from them. */
export interface ParsedKnexStorageOptions {
  knex: Knex;
  dialect: Dialect;
  tableName: string;
  clientsTableName: string;
  logoutsTableName: string;
  logoutRetention: number;
  user: UserResolver | undefined;
  userRequired: boolean;
  cache: TokenCache | undefined;
  codec: TokenCodec;
  clientCodec: ClientCodec;
}

/** Seconds a logout is kept by default: 90 days, about as long as refresh tokens commonly live. */
const DEFAULT_LOGOUT_RETENTION = 90 * 24 * 60 * 60;

/** @throws DanceError `invalid_options` naming the first bad option. */
export function parseKnexStorageOptions(options: KnexStorageOptions): ParsedKnexStorageOptions {
  if (typeof options !== "object" || options === null)
    invalid("options", "must be an object with at least knex");
  const dialect = checkDialect(options.knex);
  const tableName = checkTableName(options.tableName ?? DEFAULT_TABLE_NAME, "tableName");
  const clientsTableName = checkTableName(
    options.clientsTableName ?? DEFAULT_CLIENTS_TABLE_NAME,
    "clientsTableName",
  );
  const logoutsTableName = checkTableName(
    options.logoutsTableName ?? DEFAULT_LOGOUTS_TABLE_NAME,
    "logoutsTableName",
  );
  const logoutRetention = options.logoutRetention ?? DEFAULT_LOGOUT_RETENTION;
  if (!(Number.isFinite(logoutRetention) && logoutRetention > 0)) {
    invalid("logoutRetention", "must be a positive number of seconds");
  }
  if (options.user !== undefined && typeof options.user !== "function") invalid("user", "must be a function");
  if (options.userRequired !== undefined && typeof options.userRequired !== "boolean") {
    invalid("userRequired", "must be a boolean");
  }
  const sealer = parseEncrypt(options.encrypt);
  return {
    knex: options.knex,
    dialect,
    tableName,
    clientsTableName,
    logoutsTableName,
    logoutRetention,
    user: options.user,
    userRequired: options.userRequired ?? true,
    cache: parseCache(options.cache),
    codec: new TokenCodec(sealer),
    clientCodec: new ClientCodec(sealer),
  };
}

function parseCache(cache: KnexStorageOptions["cache"]): TokenCache | undefined {
  if (cache === undefined || cache === false) return undefined;
  if (cache === true) return new TokenCache();
  if (typeof cache !== "object" || cache === null) invalid("cache", "must be a boolean or { max, ttl }");
  if (cache.max !== undefined && !(Number.isInteger(cache.max) && cache.max > 0)) {
    invalid("cache.max", "must be a positive integer");
  }
  if (cache.ttl !== undefined && !(Number.isFinite(cache.ttl) && cache.ttl > 0)) {
    invalid("cache.ttl", "must be a positive number of seconds");
  }
  return new TokenCache(cache);
}

function parseEncrypt(encrypt: KnexStorageOptions["encrypt"]): Sealer | undefined {
  if (encrypt === undefined) return undefined;
  const sealer = atRestSealer(typeof encrypt === "object" && encrypt !== null ? encrypt.secret : undefined);
  if (typeof sealer === "string") invalid("encrypt.secret", sealer);
  return sealer;
}

function invalid(option: string, problem: string): never {
  throw new DanceError("invalid_options", `Invalid options: KnexStorage ${option} ${problem}`, {
    step: "options",
  });
}
