// @oauth-dance/store-knex: OAuth tokens, registered clients and back-channel logouts in SQL through knex.

// Defined in @oauth-dance/core (every store finds its user the same way); still exported here under these names.
export type { UserContext, UserId, UserResolver } from "@oauth-dance/core";
export { accountsMigration, addTokenAccounts, removeTokenAccounts } from "./accounts-migration.js";
export {
  type ClientsTableOptions,
  clientsMigration,
  createClientsTable,
  DEFAULT_CLIENTS_TABLE_NAME,
  dropClientsTable,
} from "./clients-table.js";
export { type ExpiringToken, KnexStorage } from "./knex-storage.js";
export type { KnexStorageOptions } from "./knex-storage-options.js";
export {
  createLogoutsTable,
  DEFAULT_LOGOUTS_TABLE_NAME,
  dropLogoutsTable,
  type LogoutsTableOptions,
  logoutsMigration,
} from "./logouts-table.js";
export type { TokenCacheOptions, VersionedToken } from "./token-cache.js";
export {
  createTokensTable,
  DEFAULT_TABLE_NAME,
  dropTokensTable,
  type TokensTableOptions,
  tokensMigration,
} from "./tokens-table.js";
