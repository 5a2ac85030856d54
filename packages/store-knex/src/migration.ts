// A ready-made knex migration for the default `oauth_tokens` table, to re-export from a migration file.
import type { Knex } from "knex";
import { createTokensTable, dropTokensTable } from "./tokens-table.js";

/**
 * Creates the `oauth_tokens` table.
 *
 * @throws DanceError `invalid_options` on an unsupported database; knex's error if the table exists.
 * @example
 * // migrations/20250101000000_oauth_tokens.js
 * export { up, down } from "@oauth-dance/store-knex/migration";
 */
export function up(knex: Knex): Promise<void> {
  return createTokensTable(knex);
}

/**
 * Drops the `oauth_tokens` table.
 *
 * @example export { up, down } from "@oauth-dance/store-knex/migration";
 */
export function down(knex: Knex): Promise<void> {
  return dropTokensTable(knex);
}
