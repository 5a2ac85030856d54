// The tokens table: its schema, the helper that creates it, and a knex migration that runs that helper.
import { DanceError } from "@oauth-dance/core";
import type { Knex } from "knex";
import { type Dialect, dialectOf } from "./dialect.js";

/** The table name used when none is given. */
export const DEFAULT_TABLE_NAME = "oauth_tokens";

/** Where `createTokensTable` puts the table and what it adds to it. */
export interface TokensTableOptions {
  /** The table's name, optionally schema-qualified (`auth.oauth_tokens`). Default `oauth_tokens`. */
  tableName?: string;
  /** Do nothing when the table already exists. Default false (a migration should fail loudly instead). */
  ifNotExists?: boolean;
  /** Adds the app's own columns, indexes or foreign keys in the same `CREATE TABLE`. */
  extend?: (table: Knex.CreateTableBuilder, knex: Knex) => void;
}

/**
 * `user_key` is `user_id` with NULL (the anonymous token) written as '', and the unique index is on
 * (provider, user_key): PostgreSQL, SQLite and MySQL all treat NULLs as distinct in a unique index, so a unique
 * (provider, user_id) alone would let racing anonymous upserts insert many rows. `user_id` stays nullable, so an
 * app can point a foreign key at its users. A CHECK constraint keeps the two in step whoever writes the row. (A
 * generated column would do the same, but knex's SQLite table rebuild, used by `dropColumn`, fails on one.)
 * An empty user id means "no user" to the store, so '' never names a real user.
 * MySQL compares varchar with a case-, accent- and trailing-space-insensitive collation by default, which would let
 * "Alice" read "alice"'s token: there the key is varbinary, compared byte for byte (1020 bytes: 255 utf8mb4 chars).
 */
export const USER_KEY_TYPE: Record<Dialect, string> = {
  postgresql: "varchar(255)",
  mysql: "varbinary(1020)",
  sqlite: "varchar(255)",
};

/**
 * Creates the tokens table: one row per (provider, app user, provider account), plus the anonymous rows.
 *
 * Columns: `id`, `provider` (varchar 50), `user_id` (nullable string), `user_key` (`user_id` or '', for
 * uniqueness), `account_key` (the account's id at the provider for `multipleAccounts`, else ''),
 * `provider_user_id` (nullable: the account's id at the provider), `token` (JSON; text on SQLite),
 * `expires_at` (nullable unix seconds, indexed), `stored_at` (milliseconds: which account was stored last),
 * `created_at`, `updated_at`, `version` (compare-and-set).
 *
 * @param knex - a knex instance on PostgreSQL, MySQL/MariaDB or SQLite (3.24+, for upserts).
 * @param options - table name, `ifNotExists`, and `extend` to add the app's own columns.
 * @throws DanceError `invalid_options` for an unsupported database or a bad table name; knex's error if the
 *   table exists (unless `ifNotExists`).
 * @example
 * await createTokensTable(knex, {
 *   extend: (table) => table.foreign("user_id").references("users.id").onDelete("CASCADE"),
 * });
 */
export async function createTokensTable(knex: Knex, options: TokensTableOptions = {}): Promise<void> {
  await createStoreTable(knex, options, DEFAULT_TABLE_NAME, (table, dialect, prefix) => {
    // 64-bit: on PostgreSQL and MySQL every upsert takes an id from the sequence, even when it updates a row.
    table.bigIncrements("id");
    table.string("provider", 50).notNullable();
    table.string("user_id", 255).nullable();
    table.specificType("user_key", USER_KEY_TYPE[dialect]).notNullable();
    addAccountColumns(table, dialect);
    table.string("provider_user_id", 255).nullable();
    // Text on SQLite, where a declared "json" type would get numeric affinity.
    if (dialect === "sqlite") table.text("token").notNullable();
    else table.jsonb("token").notNullable();
    // Unix seconds, like the token's own expires_at: no time zone to get wrong in a sweep query.
    table.bigInteger("expires_at").nullable();
    // datetime, not MySQL's timestamp, which ends in 2038.
    table.datetime("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.datetime("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.bigInteger("version").notNullable();
    table.check("?? = coalesce(??, '')", ["user_key", "user_id"], `${prefix}_user_key_check`);
    table.unique(["provider", "user_key", "account_key"], { indexName: accountUniqueIndex(prefix) });
    table.index(["expires_at"], `${prefix}_expires_at_index`);
    table.index(["provider", "provider_user_id"], `${prefix}_provider_account_index`);
    options.extend?.(table, knex);
  });
}

/**
 * The columns that tell a user's accounts at one provider apart: `account_key`, keyed byte for byte as `user_key`
 * is, '' for a provider with one account per user; `stored_at`, when the row was last stored by `set` (a refresh
 * leaves it), so the account stored last is the one a plain handle means.
 */
export function addAccountColumns(table: Knex.TableBuilder, dialect: Dialect): void {
  table.specificType("account_key", USER_KEY_TYPE[dialect]).notNullable().defaultTo("");
  table.bigInteger("stored_at").notNullable().defaultTo(0);
}

/** The unique index on (provider, user_key, account_key). */
export function accountUniqueIndex(prefix: string): string {
  return `${prefix}_provider_user_account_unique`;
}

/**
 * Drops the tokens table if it exists (the `down` of the migration).
 *
 * @param knex - the knex instance the table was created with.
 * @param options - `tableName`, default `oauth_tokens`.
 * @throws DanceError `invalid_options` for a bad table name.
 * @example await dropTokensTable(knex, { tableName: "oauth_tokens" });
 */
export async function dropTokensTable(knex: Knex, options: Pick<TokensTableOptions, "tableName"> = {}) {
  await knex.schema.dropTableIfExists(checkTableName(options.tableName ?? DEFAULT_TABLE_NAME, "tableName"));
}

/**
 * A knex migration (`up` creates the table, `down` drops it) to run with the app's own migrations, for example
 * from a migration file: `export const { up, down } = tokensMigration({ tableName: "oauth_tokens" });`.
 *
 * @param options - as for `createTokensTable`.
 * @throws DanceError `invalid_options` (when the migration runs) for an unsupported database or a bad table name.
 * @example
 * // migrations/20250101000000_oauth_tokens.ts
 * import { tokensMigration } from "@oauth-dance/store-knex";
 * export const { up, down } = tokensMigration();
 */
export function tokensMigration(options: TokensTableOptions = {}): Knex.Migration {
  return {
    up: (knex) => createTokensTable(knex, options),
    down: (knex) => dropTokensTable(knex, options),
  };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

/** A table name, optionally schema-qualified; short enough that the index names derived from it fit in 63 chars. */
export function checkTableName(value: unknown, option: string): string {
  const parts = typeof value === "string" ? value.split(".") : [];
  if (parts.length >= 1 && parts.length <= 2 && parts.every((part) => IDENTIFIER.test(part))) {
    return value as string;
  }
  throw new DanceError(
    "invalid_options",
    `Invalid options: ${option} must be a table name (letters, digits and _, up to 40 characters), optionally schema-qualified`,
    { step: "options" },
  );
}

/** The knex instance's dialect, or `invalid_options` naming the ones that are supported. */
export function checkDialect(knex: Knex): Dialect {
  const dialect = typeof knex === "function" ? dialectOf(knex) : undefined;
  if (dialect) return dialect;
  throw new DanceError(
    "invalid_options",
    "Invalid options: knex must be a knex instance on PostgreSQL (pg), MySQL/MariaDB (mysql2) or SQLite (better-sqlite3)",
    { step: "options" },
  );
}

/**
 * Creates one of the store's tables: the name and database checked, nothing done when `ifNotExists` finds it,
 * utf8mb4 with binary comparison on MySQL (keys and tokens compare byte for byte). `columns` gets the dialect and
 * the unqualified name that index names start with.
 */
export async function createStoreTable(
  knex: Knex,
  options: { tableName?: string | undefined; ifNotExists?: boolean | undefined },
  defaultName: string,
  columns: (table: Knex.CreateTableBuilder, dialect: Dialect, prefix: string) => void,
): Promise<void> {
  const tableName = checkTableName(options.tableName ?? defaultName, "tableName");
  const dialect = checkDialect(knex);
  if (options.ifNotExists && (await knex.schema.hasTable(tableName))) return;
  const prefix = tableName.split(".").at(-1) as string;
  await knex.schema.createTable(tableName, (table) => {
    if (dialect === "mysql") {
      table.charset("utf8mb4");
      table.collate("utf8mb4_bin");
    }
    columns(table, dialect, prefix);
  });
}
