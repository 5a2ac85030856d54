// The real databases the SQL store is tested on, and a fresh table name for each test.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import createKnex, { type Knex } from "knex";

export interface Database {
  name: string;
  /** Whether two knex instances made from `config()` see the same data (not so for SQLite :memory:). */
  shared: boolean;
  config(): Knex.Config;
  /** Removes what the database left behind (the SQLite file's folder). */
  cleanUp?(): void;
}

export const sqliteMemory: Database = {
  name: "SQLite :memory:",
  shared: false,
  config: () => ({ client: "better-sqlite3", connection: { filename: ":memory:" }, useNullAsDefault: true }),
};

/** A SQLite file in its own temporary folder. */
export function sqliteFile(): Database {
  const folder = mkdtempSync(join(tmpdir(), "oauth-dance-sqlite-"));
  return {
    name: "SQLite file",
    shared: true,
    config: () => ({
      client: "better-sqlite3",
      connection: { filename: join(folder, "tokens.sqlite") },
      useNullAsDefault: true,
    }),
    cleanUp: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export const postgres: Database = {
  name: "PostgreSQL",
  shared: true,
  config: () => ({
    client: "pg",
    connection: { host: "127.0.0.1", port: 5432, user: "postgres", database: "test" },
    pool: { min: 0, max: 10 },
  }),
};

export const mariadb: Database = {
  name: "MariaDB",
  shared: true,
  config: () => ({
    client: "mysql2",
    connection: { host: "127.0.0.1", port: 3306, user: "root", password: "", database: "test" },
    pool: { min: 0, max: 10 },
  }),
};

/** A knex instance that has answered a query, or an error that says which server is down and what to run. */
export async function connect(database: Database): Promise<Knex> {
  const knex = createKnex(database.config());
  try {
    await knex.raw("select 1");
  } catch (cause) {
    await knex.destroy();
    throw new Error(`${database.name} does not answer; start it with .ci/services.sh`, { cause });
  }
  return knex;
}

/** A table name no other test or run uses. */
export function uniqueTableName(prefix = "tokens"): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}
