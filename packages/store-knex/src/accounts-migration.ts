// The migration that lets a tokens table created before accounts keep several accounts per user and provider.
import type { Knex } from "knex";
import {
  accountUniqueIndex,
  addAccountColumns,
  checkDialect,
  checkTableName,
  DEFAULT_TABLE_NAME,
} from "./tokens-table.js";

/**
 * Adds the account columns to a tokens table made before them (by `createTokensTable` of an earlier release):
 * `account_key` ('' on every existing row: each stays its user's one token, read as before) and `stored_at` (0),
 * and replaces the unique index on (provider, user_key) with one on (provider, user_key, account_key). Nothing
 * else changes: ids, tokens, versions and the app's own columns stay. Until it has run, KnexStorage reads and
 * writes the table as before, one token per user; providers with `multipleAccounts` fail with `storage_failed`.
 * `down` puts the old index back, which fails while a user has several accounts' rows.
 *
 * @param options - `tableName`, default `oauth_tokens`.
 * @example
 * // migrations/20261204000000_oauth_token_accounts.ts
 * import { accountsMigration } from "@oauth-dance/store-knex";
 * export const { up, down } = accountsMigration();
 */
export function accountsMigration(options: { tableName?: string } = {}): Knex.Migration {
  return {
    up: (knex) => addTokenAccounts(knex, options),
    down: (knex) => removeTokenAccounts(knex, options),
  };
}

/**
 * What `accountsMigration().up` runs: the account columns and the new unique index, in one `ALTER TABLE` each.
 *
 * @throws DanceError `invalid_options` for an unsupported database or a bad table name; knex's error when the
 *   columns exist already.
 */
export async function addTokenAccounts(knex: Knex, options: { tableName?: string } = {}): Promise<void> {
  const { tableName, prefix } = named(options);
  const dialect = checkDialect(knex);
  await knex.schema.alterTable(tableName, (table) => addAccountColumns(table, dialect));
  await knex.schema.alterTable(tableName, (table) => {
    table.dropUnique(["provider", "user_key"], `${prefix}_provider_user_unique`);
    table.unique(["provider", "user_key", "account_key"], { indexName: accountUniqueIndex(prefix) });
  });
}

/** What `accountsMigration().down` runs: the old unique index back, the account columns dropped. */
export async function removeTokenAccounts(knex: Knex, options: { tableName?: string } = {}): Promise<void> {
  const { tableName, prefix } = named(options);
  checkDialect(knex);
  await knex.schema.alterTable(tableName, (table) => {
    table.dropUnique(["provider", "user_key", "account_key"], accountUniqueIndex(prefix));
    table.unique(["provider", "user_key"], { indexName: `${prefix}_provider_user_unique` });
  });
  await knex.schema.alterTable(tableName, (table) => table.dropColumns("account_key", "stored_at"));
}

function named(options: { tableName?: string }): { tableName: string; prefix: string } {
  const tableName = checkTableName(options.tableName ?? DEFAULT_TABLE_NAME, "tableName");
  return { tableName, prefix: tableName.split(".").at(-1) as string };
}
