// The back-channel logouts table (KnexStorage as a `logoutList`): its schema, the helper that creates it, and a migration.
import type { Knex } from "knex";
import { checkTableName, createStoreTable } from "./tokens-table.js";

/** The logouts table name used when none is given. */
export const DEFAULT_LOGOUTS_TABLE_NAME = "oauth_logouts";

/** Where `createLogoutsTable` puts the table. */
export interface LogoutsTableOptions {
  /** The table's name, optionally schema-qualified (`auth.oauth_logouts`). Default `oauth_logouts`. */
  tableName?: string;
  /** Do nothing when the table already exists. Default false (a migration should fail loudly instead). */
  ifNotExists?: boolean;
}

/**
 * Creates the table of back-channel logouts, for `createDance({ storage: knexStorage, logoutList: knexStorage })`:
 * one row per logout a provider announced.
 *
 * Columns: `id`, `provider` (varchar 50), `issuer` (varchar 1000), `sub` (nullable, varchar 255: the account
 * logged out), `sid` (nullable, varchar 255: the session logged out), `at` (unix seconds). Indexed on
 * (provider, sub, at) and (provider, sid, at) for the lookups of `find`, and on `at` for pruning.
 *
 * @param knex - a knex instance on PostgreSQL, MySQL/MariaDB or SQLite.
 * @param options - `tableName`, `ifNotExists`.
 * @throws DanceError `invalid_options` for an unsupported database or a bad table name; knex's error if the
 *   table exists (unless `ifNotExists`).
 * @example await createLogoutsTable(knex, { ifNotExists: true });
 */
export async function createLogoutsTable(knex: Knex, options: LogoutsTableOptions = {}): Promise<void> {
  await createStoreTable(knex, options, DEFAULT_LOGOUTS_TABLE_NAME, (table, _dialect, prefix) => {
    table.bigIncrements("id");
    table.string("provider", 50).notNullable();
    // Not indexed: an index on 1000 utf8mb4 characters passes MySQL's key limit, and provider narrows it enough.
    table.string("issuer", 1000).notNullable();
    table.string("sub", 255).nullable();
    table.string("sid", 255).nullable();
    // Unix seconds, as the dance's clock gives them: no time zone to get wrong.
    table.bigInteger("at").notNullable();
    table.index(["provider", "sub", "at"], `${prefix}_sub_index`);
    table.index(["provider", "sid", "at"], `${prefix}_sid_index`);
    table.index(["at"], `${prefix}_at_index`);
  });
}

/**
 * Drops the logouts table if it exists (the `down` of the migration).
 *
 * @throws DanceError `invalid_options` for a bad table name.
 * @example await dropLogoutsTable(knex);
 */
export async function dropLogoutsTable(
  knex: Knex,
  options: Pick<LogoutsTableOptions, "tableName"> = {},
): Promise<void> {
  await knex.schema.dropTableIfExists(
    checkTableName(options.tableName ?? DEFAULT_LOGOUTS_TABLE_NAME, "tableName"),
  );
}

/**
 * A knex migration (`up` creates the logouts table, `down` drops it), for a migration file of the app's own.
 *
 * @param options - as for `createLogoutsTable`.
 * @throws DanceError `invalid_options` (when the migration runs) for an unsupported database or a bad table name.
 * @example
 * // migrations/20260101000000_oauth_logouts.ts
 * import { logoutsMigration } from "@oauth-dance/store-knex";
 * export const { up, down } = logoutsMigration();
 */
export function logoutsMigration(options: LogoutsTableOptions = {}): Knex.Migration {
  return {
    up: (knex) => createLogoutsTable(knex, options),
    down: (knex) => dropLogoutsTable(knex, options),
  };
}
