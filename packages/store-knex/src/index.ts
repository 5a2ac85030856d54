// @oauth-dance/store-knex: OAuth tokens in SQL through knex (SQLite, PostgreSQL, MySQL/MariaDB).
export { type ExpiringToken, KnexStorage } from "./knex-storage.js";
export type { KnexStorageOptions } from "./knex-storage-options.js";
export type { UserContext, UserId, UserResolver } from "./resolve-user.js";
export type { TokenCacheOptions, VersionedToken } from "./token-cache.js";
export {
  createTokensTable,
  DEFAULT_TABLE_NAME,
  dropTokensTable,
  type TokensTableOptions,
  tokensMigration,
} from "./tokens-table.js";
