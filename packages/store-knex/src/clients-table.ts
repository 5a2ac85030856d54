// The registered-clients table (`oauth2({ register })`): its schema, the helper that creates it, and a migration.
import type { Knex } from "knex";
import { checkTableName, createStoreTable } from "./tokens-table.js";

/** The clients table name used when none is given. */
export const DEFAULT_CLIENTS_TABLE_NAME = "oauth_clients";

/** Where `createClientsTable` puts the table. */
export interface ClientsTableOptions {
  /** The table's name, optionally schema-qualified (`auth.oauth_clients`). Default `oauth_clients`. */
  tableName?: string;
  /** Do nothing when the table already exists. Default false (a migration should fail loudly instead). */
  ifNotExists?: boolean;
}

/**
 * Creates the table of clients registered with `oauth2({ register })`: one row per registration key.
 *
 * Columns: `id`, `issuer` (the server, for people reading the table), `key` (unique: the SHA-256 of issuer and
 * metadata, 64 hex characters), `client` (the server's answer as JSON, or `{"sealed": "Fe26.2*…"}` when
 * KnexStorage has `encrypt`; text on SQLite), `created_at`.
 *
 * @param knex - a knex instance on PostgreSQL, MySQL/MariaDB or SQLite.
 * @param options - `tableName`, `ifNotExists`.
 * @throws DanceError `invalid_options` for an unsupported database or a bad table name; knex's error if the
 *   table exists (unless `ifNotExists`).
 * @example await createClientsTable(knex, { ifNotExists: true });
 */
export async function createClientsTable(knex: Knex, options: ClientsTableOptions = {}): Promise<void> {
  await createStoreTable(knex, options, DEFAULT_CLIENTS_TABLE_NAME, (table, dialect, prefix) => {
    table.bigIncrements("id");
    table.string("issuer", 1000).notNullable();
    table.string("key", 64).notNullable();
    // Text on SQLite, where a declared "json" type would get numeric affinity.
    if (dialect === "sqlite") table.text("client").notNullable();
    else table.jsonb("client").notNullable();
    table.datetime("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.unique(["key"], { indexName: `${prefix}_key_unique` });
  });
}

/**
 * Drops the clients table if it exists (the `down` of the migration).
 *
 * @throws DanceError `invalid_options` for a bad table name.
 * @example await dropClientsTable(knex);
 */
export async function dropClientsTable(
  knex: Knex,
  options: Pick<ClientsTableOptions, "tableName"> = {},
): Promise<void> {
  await knex.schema.dropTableIfExists(
    checkTableName(options.tableName ?? DEFAULT_CLIENTS_TABLE_NAME, "tableName"),
  );
}

/**
 * A knex migration (`up` creates the clients table, `down` drops it), for a migration file of the app's own.
 *
 * @param options - as for `createClientsTable`.
 * @throws DanceError `invalid_options` (when the migration runs) for an unsupported database or a bad table name.
 * @example
 * // migrations/20250601000000_oauth_clients.ts
 * import { clientsMigration } from "@oauth-dance/store-knex";
 * export const { up, down } = clientsMigration();
 */
export function clientsMigration(options: ClientsTableOptions = {}): Knex.Migration {
  return {
    up: (knex) => createClientsTable(knex, options),
    down: (knex) => dropClientsTable(knex, options),
  };
}
