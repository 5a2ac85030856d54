// KnexStorage: tokens in one SQL table shared by every app instance, one row per (provider, app user); the clients
// registered with `oauth2({ register })`, one row per registration key; and the back-channel logouts.
import { randomInt } from "node:crypto";
import {
  ACCOUNT_FIELD,
  type ClientRegistrationKey,
  type ClientRegistrationStore,
  DanceError,
  type LogoutEntry,
  type LogoutList,
  type LogoutQuery,
  type RegisteredClient,
  resolveUser,
  type StoredAccount,
  type Token,
  type TokenContext,
  type TokenStorage,
} from "@oauth-dance/core";
import { isLostConnection, isTransient, withRetry } from "./dialect.js";
import {
  type KnexStorageOptions,
  type ParsedKnexStorageOptions,
  parseKnexStorageOptions,
} from "./knex-storage-options.js";
import type { VersionedToken } from "./token-cache.js";
import type { RowKey } from "./token-codec.js";

/** A token row found by `expiringBefore`: enough to load it again (`config: { userId }`) and refresh it. */
export interface ExpiringToken {
  provider: string;
  /** The app user, or undefined for the anonymous token. */
  userId: string | undefined;
  providerUserId: string | undefined;
  /** Unix seconds. */
  expiresAt: number;
}

/** How the user id is checked: `user_id` is varchar(255). */
const KNEX_USER_RULES = { store: "KnexStorage", maxLength: 255 };
/** `provider` is varchar(50); checked here so every database fails the same way. */
const MAX_PROVIDER_LENGTH = 50;
const MAX_PROVIDER_USER_ID_LENGTH = 255;
/** New rows start at a random version below 2^47, leaving room for increments within Number's 2^53. */
const MAX_INITIAL_VERSION = 2 ** 47;
/** The logouts table's `sub` and `sid` are varchar(255), as OpenID Connect caps `sub`. */
const MAX_LOGOUT_ID_LENGTH = 255;
const MAX_ISSUER_LENGTH = 1000;
/** Stale logout rows one `add` deletes at most, so a long-unpruned table costs no single call much. */
const PRUNE_BATCH = 100;

type Action = "read" | "store" | "delete";

/**
 * Keeps OAuth tokens in a SQL table through knex: SQLite, PostgreSQL or MySQL/MariaDB. Several app instances can
 * share the table; `compareAndSet` lets exactly one of them win a refresh.
 *
 * Which user a call is for: the handle's `config.userId` (or `config.user`) when the app set it, else the `user`
 * function. Without a user, reads find nothing and writes fail with `storage_failed`, unless `userRequired: false`,
 * which keeps one anonymous token per provider.
 *
 * @throws DanceError `invalid_options` from the constructor, naming the bad option.
 * @example
 * import knex from "knex";
 * import { KnexStorage } from "@oauth-dance/store-knex";
 *
 * const db = knex({ client: "better-sqlite3", connection: { filename: "app.sqlite" }, useNullAsDefault: true });
 * const storage = new KnexStorage({ knex: db, user: ({ native }) => (native as { user?: { id: string } }).user?.id });
 * // later, in a background job:
 * const token = await storage.get({ provider: "github", config: { userId: "42" } });
 */
export class KnexStorage implements TokenStorage, ClientRegistrationStore, LogoutList {
  /** The table the tokens live in. */
  readonly tableName: string;
  /** The table registered clients live in (`register.store`). */
  readonly clientsTableName: string;
  /** The table back-channel logouts live in (`logoutList`). */
  readonly logoutsTableName: string;
  readonly #options: ParsedKnexStorageOptions;
  /**
   * Counts finished writes. A read fills the cache only if no write finished while it ran; otherwise a read that
   * started before a write could put the old token back into the cache after the write invalidated it.
   */
  #writes = 0;
  /** Whether the table has the account columns (`accountsMigration`), once looked up. */
  #accountColumns: Promise<boolean> | undefined;
  #lastStoredAt = 0;

  /**
   * @param options - `knex`, `tableName`, `clientsTableName`, `logoutsTableName`, `logoutRetention`, `user`,
   *   `userRequired`, `cache`, `encrypt`.
   * @throws DanceError `invalid_options` naming the bad option.
   */
  constructor(options: KnexStorageOptions) {
    this.#options = parseKnexStorageOptions(options);
    this.tableName = this.#options.tableName;
    this.clientsTableName = this.#options.clientsTableName;
    this.logoutsTableName = this.#options.logoutsTableName;
  }

  /**
   * Records a back-channel logout in the logouts table (`createDance({ logoutList: knexStorage })`), so every app
   * instance on the database sees it. Then deletes up to 100 rows older than `logoutRetention`, measured from
   * the logout's own `at` (the dance's clock); a failure there leaves them for the next call.
   *
   * @throws DanceError `storage_failed` when the database fails, or for a `sub` or `sid` over 255 characters.
   */
  async add(entry: LogoutEntry): Promise<void> {
    const { knex, logoutsTableName, logoutRetention } = this.#options;
    const { provider, issuer, sub, sid } = entry;
    const at = Math.floor(entry.at);
    if (
      provider.length > MAX_PROVIDER_LENGTH ||
      issuer.length > MAX_ISSUER_LENGTH ||
      (sub?.length ?? 0) > MAX_LOGOUT_ID_LENGTH ||
      (sid?.length ?? 0) > MAX_LOGOUT_ID_LENGTH
    ) {
      throw new DanceError(
        "storage_failed",
        `KnexStorage keeps logouts of providers up to ${MAX_PROVIDER_LENGTH} characters, issuers up to ${MAX_ISSUER_LENGTH}, sub and sid up to ${MAX_LOGOUT_ID_LENGTH}`,
        { provider },
      );
    }
    await this.#runOnLogouts("record", () =>
      knex(logoutsTableName).insert({ provider, issuer, sub: sub ?? null, sid: sid ?? null, at }),
    );
    try {
      const stale: { id: string | number }[] = await knex(logoutsTableName)
        .select("id")
        .where("at", "<", at - logoutRetention)
        .orderBy("at")
        .limit(PRUNE_BATCH);
      if (stale.length > 0) {
        await knex(logoutsTableName)
          .whereIn(
            "id",
            stale.map((row) => row.id),
          )
          .delete();
      }
    } catch {
      // The logout is recorded, which is what the provider asked; stale rows only cost space until the next add.
    }
  }

  /**
   * The latest logout (unix seconds) recorded for the query's provider and issuer and its `sub` or `sid`, or
   * undefined. One query, served by the (provider, sub, at) and (provider, sid, at) indexes.
   *
   * @throws DanceError `storage_failed` when the database fails.
   */
  async find(query: LogoutQuery): Promise<number | undefined> {
    const { knex, logoutsTableName } = this.#options;
    const { provider, issuer, sub, sid } = query;
    if (sub === undefined && sid === undefined) return undefined;
    const row = await this.#runOnLogouts(
      "read",
      () =>
        knex(logoutsTableName)
          .max({ at: "at" })
          .where({ provider, issuer })
          .where((either) => {
            if (sub !== undefined) either.orWhere("sub", sub);
            if (sid !== undefined) either.orWhere("sid", sid);
          })
          .first(),
      (error) => isTransient(error) || isLostConnection(error),
    );
    // bigint comes back as a string from pg.
    return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
  }

  /**
   * Deletes the tokens of `provider` whose row records `sub` as its `provider_user_id`, at once, when a
   * back-channel logout names that account. Only rows stored with `config.providerUserId` (the account's id at
   * the provider, which for an OpenID Connect provider must be the ID token's `sub`) can be found this way; a
   * `sid` names a session the table does not record, so a logout by `sid` alone deletes nothing here (the token
   * still reads as absent on its next use through the logout list).
   *
   * @throws DanceError `storage_failed` when the database fails.
   */
  async deleteByAccount(
    provider: string,
    account: { sub?: string | undefined; sid?: string | undefined },
  ): Promise<void> {
    const { sub } = account;
    if (sub === undefined || sub === "") return;
    const { knex, tableName, cache } = this.#options;
    try {
      await this.#run(provider, "delete", () =>
        knex(tableName).where({ provider, provider_user_id: sub }).delete(),
      );
    } finally {
      // Which users the rows were for is not known here: forget every cached token rather than serve a deleted one.
      this.#writes++;
      cache?.clear();
    }
  }

  /**
   * The client registered for the key (`oauth2({ register, store: knexStorage })`), or undefined, also for a row
   * this store cannot read (sealed with another secret).
   *
   * @throws DanceError `storage_failed` when the database fails.
   */
  async getClient(key: ClientRegistrationKey): Promise<RegisteredClient | undefined> {
    const { knex, clientsTableName, clientCodec } = this.#options;
    const row = await this.#runOnClients(
      "read",
      () => knex(clientsTableName).select("client").where({ key: key.key }).first(),
      (error) => isTransient(error) || isLostConnection(error),
    );
    return row ? clientCodec.decode(row.client, key) : undefined;
  }

  /**
   * Stores the client unless one is stored for the key, and returns the one kept: an insert that does nothing on
   * conflict, then a read, so of instances that registered at the same moment every one gets the first client
   * stored. A kept row this store cannot read (sealed with a retired secret) is replaced.
   *
   * @throws DanceError `storage_failed` when the database fails.
   */
  async addClient(key: ClientRegistrationKey, client: RegisteredClient): Promise<RegisteredClient> {
    const { knex, clientsTableName, clientCodec } = this.#options;
    const encoded = await clientCodec.encode(client, key);
    await this.#runOnClients("store", () =>
      knex(clientsTableName)
        .insert({ issuer: key.issuer, key: key.key, client: encoded })
        .onConflict(["key"])
        .ignore(),
    );
    const kept = await this.getClient(key);
    if (kept) return kept;
    await this.#runOnClients("store", () =>
      knex(clientsTableName).where({ key: key.key }).update({ issuer: key.issuer, client: encoded }),
    );
    return client;
  }

  /**
   * Deletes the client stored for the key; deleting an absent one is not an error.
   *
   * @throws DanceError `storage_failed` when the database fails.
   */
  async deleteClient(key: ClientRegistrationKey): Promise<void> {
    const { knex, clientsTableName } = this.#options;
    await this.#runOnClients("delete", () => knex(clientsTableName).where({ key: key.key }).delete());
  }

  /**
   * The current user's token for `ctx.provider`, or undefined (also when there is no user).
   *
   * @throws DanceError `storage_failed` when the database fails or the user id is unusable.
   */
  async get(ctx: TokenContext): Promise<Token | undefined> {
    const key = await this.#keyFor(ctx, "read");
    if (!key) return undefined;
    const cached = this.#options.cache?.get(cacheKeyOf(key, ctx.account));
    if (cached !== undefined) return cached?.token;
    return (await this.#readThrough(key, ctx.account))?.token;
  }

  /**
   * The token with its version, always from the database (never from the cache, which it refreshes), for
   * `compareAndSet`. Versions are opaque: compare them for equality only.
   *
   * @throws DanceError `storage_failed` when the database fails or the user id is unusable.
   */
  async getVersioned(ctx: TokenContext): Promise<VersionedToken | undefined> {
    const key = await this.#keyFor(ctx, "read");
    return key && this.#readThrough(key, ctx.account);
  }

  /**
   * Stores the token with one upsert: a new row, or the existing row updated in place (its id, `created_at` and
   * any columns the app added are kept; `version` moves on). The row is the account's: `ctx.account`, else the
   * account the token is marked with, else none (''). Records `config.providerUserId` when the app set it (else
   * the account), `expires_at` from the token, and `stored_at`, which makes it the account stored last. A user's
   * row from before accounts whose `provider_user_id` is this account is replaced by it.
   *
   * @throws DanceError `storage_failed` without a user (unless `userRequired: false`) or when the database fails.
   */
  async set(ctx: TokenContext, token: Token): Promise<void> {
    const key = (await this.#keyFor(ctx, "store")) as RowKey;
    const marked = token[ACCOUNT_FIELD];
    const account = ctx.account ?? (typeof marked === "string" ? marked : "");
    const accounts = await this.#accountsFor(key, account);
    const fields = await this.#fields(ctx, key, token, account);
    const { knex, tableName } = this.#options;
    const stored = accounts ? { account_key: account, stored_at: this.#storedAt() } : {};
    await this.#write(key, account, "store", () =>
      knex(tableName)
        .insert({
          provider: key.provider,
          user_id: key.userKey || null,
          user_key: key.userKey,
          ...stored,
          ...fields,
          version: randomInt(1, MAX_INITIAL_VERSION),
        })
        // MySQL ignores the column list and uses the row's unique key, which is the same one.
        .onConflict(accounts ? ["provider", "user_key", "account_key"] : ["provider", "user_key"])
        .merge({ ...fields, ...stored, version: knex.raw("?? + 1", [`${tableName}.version`]) }),
    );
    if (accounts && account !== "") {
      await this.#write(key, "", "store", () =>
        knex(tableName)
          .where({
            provider: key.provider,
            user_key: key.userKey,
            account_key: "",
            provider_user_id: account,
          })
          .delete(),
      );
    }
  }

  /**
   * Stores the token only if the row's version is still `expectedVersion` (from `getVersioned`): one conditional
   * UPDATE, so of any number of writers racing with the same version, on any number of instances, exactly one
   * gets true. False when the row changed, was deleted, or never existed.
   *
   * @throws DanceError `storage_failed` without a user (unless `userRequired: false`) or when the database fails.
   */
  async compareAndSet(ctx: TokenContext, expectedVersion: number, token: Token): Promise<boolean> {
    const key = (await this.#keyFor(ctx, "store")) as RowKey;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    const accounts = await this.#accountsFor(key, ctx.account);
    const fields = await this.#fields(ctx, key, token, ctx.account ?? "");
    const { knex, tableName } = this.#options;
    // Versions start at random, so the version alone finds the row the caller read when it names no account.
    const updated = await this.#write(key, ctx.account ?? "", "store", () =>
      knex(tableName)
        .where({ provider: key.provider, user_key: key.userKey, version: expectedVersion })
        .where(accountWhere(accounts, ctx.account))
        .update({ ...fields, version: knex.raw("?? + 1", ["version"]) }),
    );
    return updated === 1;
  }

  /**
   * Deletes the token only if the row's version is still `expectedVersion` (one conditional DELETE), so a token
   * stored since, by another request or instance, stays. False when the row changed or is gone.
   *
   * @throws DanceError `storage_failed` without a user (unless `userRequired: false`) or when the database fails.
   */
  async compareAndDelete(ctx: TokenContext, expectedVersion: number): Promise<boolean> {
    const key = (await this.#keyFor(ctx, "delete")) as RowKey;
    if (!Number.isSafeInteger(expectedVersion)) return false;
    const accounts = await this.#accountsFor(key, ctx.account);
    const { knex, tableName } = this.#options;
    const deleted = await this.#write(key, ctx.account ?? "", "delete", () =>
      knex(tableName)
        .where({ provider: key.provider, user_key: key.userKey, version: expectedVersion })
        .where(accountWhere(accounts, ctx.account))
        .delete(),
    );
    return deleted === 1;
  }

  /**
   * Deletes the current user's token for `ctx.provider` (the anonymous row when there is no user and
   * `userRequired: false`): the account's, or without `ctx.account` the one stored last; never another user's.
   * Deleting an absent token is not an error.
   *
   * @throws DanceError `storage_failed` without a user (unless `userRequired: false`) or when the database fails.
   */
  async delete(ctx: TokenContext): Promise<void> {
    const key = (await this.#keyFor(ctx, "delete")) as RowKey;
    const accounts = await this.#accountsFor(key, ctx.account);
    const account = ctx.account ?? (accounts ? (await this.#latestRow(key))?.account : "");
    if (account === undefined) return;
    const { knex, tableName } = this.#options;
    await this.#write(key, account, "delete", () =>
      knex(tableName)
        .where({ provider: key.provider, user_key: key.userKey })
        .where(accountWhere(accounts, account))
        .delete(),
    );
  }

  /**
   * Every account's token of the current user at `ctx.provider`, the one stored last first; in a table from
   * before accounts (see `accountsMigration`), the one token, as the account "".
   *
   * @throws DanceError `storage_failed` when the database fails or the user id is unusable.
   */
  async accounts(ctx: TokenContext): Promise<StoredAccount[]> {
    const key = await this.#keyFor(ctx, "read");
    if (!key) return [];
    const { knex, tableName, codec } = this.#options;
    const accounts = await this.#hasAccounts();
    const rows: { token: unknown; account_key?: unknown }[] = await this.#run(key.provider, "read", () => {
      const query = knex(tableName).where({ provider: key.provider, user_key: key.userKey });
      return accounts ? query.select("token", "account_key").orderBy(LATEST_FIRST) : query.select("token");
    });
    const listed: StoredAccount[] = [];
    for (const row of rows) {
      const token = await codec.decode(row.token, key);
      if (token) listed.push({ account: accountKeyOf(row.account_key), token });
    }
    return listed;
  }

  /**
   * The app user this store finds for the context (`config.userId`, else its `user` function), or undefined.
   *
   * @throws DanceError `storage_failed` when the user id is unusable or the user function throws.
   */
  userOf(ctx: TokenContext): Promise<string | undefined> {
    return resolveUser(ctx, this.#options.user, KNEX_USER_RULES);
  }

  /**
   * The app user linked to an account at a provider: the user whose token records it (the account of a provider
   * with `multipleAccounts`, or the `providerUserId` an app set), for "log in with GitHub" when the app keeps no
   * other link. The most recently updated row wins if several users linked it.
   *
   * @throws DanceError `storage_failed` when the database fails.
   * @example const userId = await storage.findUserByAccount("github", profile.id);
   */
  findUserByAccount(provider: string, account: string | number): Promise<string | undefined> {
    return this.findUserId(provider, account);
  }

  /**
   * The app user linked to an account at a provider; the name `findUserByAccount` came later and says it better.
   *
   * @throws DanceError `storage_failed` when the database fails.
   * @example const userId = await storage.findUserId("github", profile.id);
   */
  async findUserId(provider: string, providerUserId: string | number): Promise<string | undefined> {
    const { knex, tableName } = this.#options;
    const row = await this.#run(provider, "read", () =>
      knex(tableName)
        .select("user_id")
        .where({ provider, provider_user_id: String(providerUserId) })
        .whereNotNull("user_id")
        .orderBy([
          { column: "updated_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .first(),
    );
    return row?.user_id ?? undefined;
  }

  /**
   * Tokens that expire before `time`, soonest first, for a background job that refreshes them ahead of use
   * (the `expires_at` index serves this query).
   *
   * @param time - a Date, or unix seconds.
   * @param limit - at most this many rows. Default 100.
   * @throws DanceError `storage_failed` when the database fails.
   * @example
   * for (const { provider, userId } of await storage.expiringBefore(Date.now() / 1000 + 300)) {
   *   const current = await storage.getVersioned({ provider, config: { userId } });
   * }
   */
  async expiringBefore(time: Date | number, limit = 100): Promise<ExpiringToken[]> {
    const before = Math.floor(time instanceof Date ? time.getTime() / 1000 : time);
    const { knex, tableName } = this.#options;
    const rows = await this.#run("", "read", () =>
      knex(tableName)
        .select("provider", "user_id", "provider_user_id", "expires_at")
        .whereNotNull("expires_at")
        .where("expires_at", "<", before)
        .orderBy("expires_at")
        .limit(limit),
    );
    return rows.map((row: Record<string, unknown>) => ({
      provider: String(row.provider),
      userId: row.user_id == null ? undefined : String(row.user_id),
      providerUserId: row.provider_user_id == null ? undefined : String(row.provider_user_id),
      expiresAt: Number(row.expires_at),
    }));
  }

  /** The row a call is about; undefined for a read with no user when one is required. */
  async #keyFor(ctx: TokenContext, action: Action): Promise<RowKey | undefined> {
    const { provider } = ctx;
    if (typeof provider !== "string" || provider.length === 0 || provider.length > MAX_PROVIDER_LENGTH) {
      throw new DanceError(
        "storage_failed",
        `KnexStorage keeps provider names of 1 to ${MAX_PROVIDER_LENGTH} characters`,
        {
          provider,
        },
      );
    }
    const user = await resolveUser(ctx, this.#options.user, KNEX_USER_RULES);
    if (user !== undefined) return { provider, userKey: user };
    if (!this.#options.userRequired) return { provider, userKey: "" };
    if (action === "read") return undefined;
    throw new DanceError(
      "storage_failed",
      `Cannot ${action} the ${provider} token without a user: KnexStorage found no user (set the handle's config.userId, ` +
        "give KnexStorage a user function that finds one, or pass userRequired: false to keep one shared token)",
      { provider },
    );
  }

  /** The columns a write sets, besides the key and the version. */
  async #fields(
    ctx: TokenContext,
    key: RowKey,
    token: Token,
    account: string,
  ): Promise<Record<string, unknown>> {
    const fields: Record<string, unknown> = {
      token: await this.#options.codec.encode(token, key),
      expires_at: expiresAtOf(token),
      updated_at: this.#options.knex.fn.now(),
    };
    const providerUserId = ctx.config.providerUserId ?? (account || undefined);
    // Only when given: a later set without it (a refresh) keeps the recorded account.
    if (providerUserId !== undefined && providerUserId !== null && providerUserId !== "") {
      const id = String(providerUserId);
      if (id.length > MAX_PROVIDER_USER_ID_LENGTH) {
        throw new DanceError("storage_failed", "KnexStorage keeps providerUserId up to 255 characters", {
          provider: key.provider,
        });
      }
      fields.provider_user_id = id;
    }
    return fields;
  }

  /** Reads the row and caches what it found, unless a write finished meanwhile (the read may predate it). */
  async #readThrough(key: RowKey, account: string | undefined): Promise<VersionedToken | undefined> {
    const writes = this.#writes;
    const found = await this.#read(key, account);
    if (writes === this.#writes) this.#options.cache?.set(cacheKeyOf(key, account), found ?? null);
    return found;
  }

  async #read(key: RowKey, account: string | undefined): Promise<VersionedToken | undefined> {
    const { codec } = this.#options;
    const row = await this.#row(key, account);
    if (!row) return undefined;
    const token = await codec.decode(row.token, key);
    // bigint comes back as a string from pg.
    return token && { token, version: Number(row.version) };
  }

  /** The account's row, or without an account the one stored last. */
  async #row(
    key: RowKey,
    account: string | undefined,
  ): Promise<{ token: unknown; version: unknown; account_key?: unknown } | undefined> {
    const { knex, tableName } = this.#options;
    const accounts = await this.#accountsFor(key, account);
    return this.#run(
      key.provider,
      "read",
      () => {
        const query = knex(tableName).where({ provider: key.provider, user_key: key.userKey });
        if (!accounts) return query.select("token", "version").first();
        if (account !== undefined)
          return query.select("token", "version").where({ account_key: account }).first();
        return query.select("token", "version", "account_key").orderBy(LATEST_FIRST).first();
      },
      // A read may run again on another connection when the pool handed out one the server had ended.
      (error) => isTransient(error) || isLostConnection(error),
    );
  }

  /** The account stored last, for a delete that names none. */
  async #latestRow(key: RowKey): Promise<{ account: string } | undefined> {
    const row = await this.#row(key, undefined);
    return row && { account: accountKeyOf(row.account_key) };
  }

  /**
   * Whether the table has the account columns, for a call about `account`: a table from before them serves one
   * token per user, and refuses a call about a named account with what to run.
   */
  async #accountsFor(key: RowKey, account: string | undefined): Promise<boolean> {
    const accounts = await this.#hasAccounts();
    if (accounts || account === undefined || account === "") return accounts;
    throw new DanceError(
      "storage_failed",
      `KnexStorage keeps one ${key.provider} token per user in ${this.tableName}: run accountsMigration() (from @oauth-dance/store-knex) to keep several accounts`,
      { provider: key.provider },
    );
  }

  /** Looked up once per store; a failed look is tried again on the next call. */
  #hasAccounts(): Promise<boolean> {
    this.#accountColumns ??= this.#options.knex.schema
      .hasColumn(this.tableName, "account_key")
      .catch((cause) => {
        this.#accountColumns = undefined;
        throw new DanceError(
          "storage_failed",
          `KnexStorage could not read the columns of ${this.tableName}`,
          { cause },
        );
      });
    return this.#accountColumns;
  }

  /** Milliseconds, never the same twice in this process, so the account stored last is always one. */
  #storedAt(): number {
    this.#lastStoredAt = Math.max(Date.now(), this.#lastStoredAt + 1);
    return this.#lastStoredAt;
  }

  async #write<T>(key: RowKey, account: string, action: Action, statement: () => Promise<T>): Promise<T> {
    try {
      return await this.#run(key.provider, action, statement);
    } finally {
      // Also after a failure: the statement may have committed before its answer was lost.
      this.#writes++;
      this.#options.cache?.delete(cacheKeyOf(key, account));
      // Which account is the one stored last may have changed too.
      this.#options.cache?.delete(cacheKeyOf(key, undefined));
    }
  }

  #runOnClients<T>(
    action: Action,
    statement: () => Promise<T>,
    retryable?: (error: unknown) => boolean,
  ): Promise<T> {
    return this.#attempt(`${action} the registered client in ${this.clientsTableName}`, statement, retryable);
  }

  #runOnLogouts<T>(
    action: "record" | "read",
    statement: () => Promise<T>,
    retryable?: (error: unknown) => boolean,
  ): Promise<T> {
    return this.#attempt(`${action} the logout in ${this.logoutsTableName}`, statement, retryable);
  }

  async #run<T>(
    provider: string,
    action: Action,
    statement: () => Promise<T>,
    retryable?: (error: unknown) => boolean,
  ): Promise<T> {
    const what = provider ? `the ${provider} token` : "tokens";
    return this.#attempt(`${action} ${what} in ${this.tableName}`, statement, retryable, {
      provider: provider || undefined,
      passDanceErrors: true,
    });
  }

  /** Runs a statement (retried where `retryable` says), a failure becoming `storage_failed` saying what failed. */
  async #attempt<T>(
    what: string,
    statement: () => Promise<T>,
    retryable: ((error: unknown) => boolean) | undefined,
    { provider, passDanceErrors = false }: { provider?: string | undefined; passDanceErrors?: boolean } = {},
  ): Promise<T> {
    try {
      return await withRetry(statement, retryable);
    } catch (cause) {
      // The token calls pass on the store's own errors (a row it cannot open); the others wrap everything.
      if (passDanceErrors && cause instanceof DanceError) throw cause;
      const code = (cause as { code?: unknown })?.code;
      throw new DanceError(
        "storage_failed",
        `KnexStorage could not ${what}${typeof code === "string" ? ` (${code})` : ""}`,
        { provider, cause },
      );
    }
  }
}

function cacheKeyOf(key: RowKey, account: string | undefined): string {
  return JSON.stringify([key.provider, key.userKey, account ?? null]);
}

/** The account stored last first; the row inserted last among rows stored in the same millisecond. */
const LATEST_FIRST = [
  { column: "stored_at", order: "desc" },
  { column: "id", order: "desc" },
];

/** The where clause of a call about `account` (any account, when undefined, or on a table from before them). */
function accountWhere(accounts: boolean, account: string | undefined): Record<string, string> {
  return accounts && account !== undefined ? { account_key: account } : {};
}

/** `account_key` as the driver returns it: a Buffer for MySQL's varbinary. */
function accountKeyOf(value: unknown): string {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return typeof value === "string" ? value : "";
}

function expiresAtOf(token: Token): number | null {
  const expiresAt = Number(token.expires_at);
  return token.expires_at !== undefined && token.expires_at !== null && Number.isFinite(expiresAt)
    ? Math.floor(expiresAt)
    : null;
}
