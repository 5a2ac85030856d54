// The tokens table on SQLite: its columns, the knex migration, the helper's options and the constraints.
import { isDanceError } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as readyMigration from "./migration.js";
import { createTokensTable, dropTokensTable, tokensMigration } from "./tokens-table.js";

let knex: Knex;
beforeEach(() => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
});
afterEach(() => knex.destroy());

/** Runs migrations through knex's own migrator, as an app's `knex migrate:latest` would. */
function migrator(migrations: Record<string, Knex.Migration>): Knex.MigratorConfig {
  return {
    tableName: "knex_migrations",
    migrationSource: {
      getMigrations: async () => Object.keys(migrations),
      getMigrationName: (name: string) => name,
      getMigration: async (name: string) => migrations[name] as Knex.Migration,
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => "no error",
    (error: unknown) => error,
  );
}

describe("createTokensTable", () => {
  it("creates every column the store and the README name", async () => {
    await createTokensTable(knex);
    const columns = await knex("oauth_tokens").columnInfo();
    expect(Object.keys(columns).sort()).toEqual(
      [
        "account_key",
        "created_at",
        "expires_at",
        "id",
        "provider",
        "provider_user_id",
        "stored_at",
        "token",
        "updated_at",
        "user_id",
        "user_key",
        "version",
      ].sort(),
    );
    expect(columns.user_id?.nullable).toBe(true);
    expect(columns.provider_user_id?.nullable).toBe(true);
    expect(columns.expires_at?.nullable).toBe(true);
    expect(columns.provider?.maxLength).toBe("50");
  });

  it("indexes expires_at and (provider, provider_user_id), and makes (provider, user_key, account_key) unique", async () => {
    await createTokensTable(knex, { tableName: "tokens" });
    const indexes = (await knex.raw("pragma index_list('tokens')")) as { name: string; unique: number }[];
    expect(indexes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "tokens_expires_at_index", unique: 0 }),
        expect.objectContaining({ name: "tokens_provider_account_index", unique: 0 }),
        expect.objectContaining({ name: "tokens_provider_user_account_unique", unique: 1 }),
      ]),
    );
  });

  it("refuses a row whose user_key does not match user_id, so hand-written rows cannot dodge uniqueness", async () => {
    await createTokensTable(knex);
    const row = { provider: "github", token: "{}", version: 1 };
    await knex("oauth_tokens").insert({ ...row, user_id: null, user_key: "" });
    await expect(knex("oauth_tokens").insert({ ...row, user_id: null, user_key: "x" })).rejects.toThrow(
      /CHECK/,
    );
    await expect(knex("oauth_tokens").insert({ ...row, user_id: "bob", user_key: "" })).rejects.toThrow(
      /CHECK/,
    );
    await expect(knex("oauth_tokens").insert({ ...row, user_id: null, user_key: "" })).rejects.toThrow(
      /UNIQUE/,
    );
  });

  it("adds the app's columns through extend, and skips an existing table with ifNotExists", async () => {
    await createTokensTable(knex, { extend: (table) => table.string("note") });
    await createTokensTable(knex, { ifNotExists: true });
    expect(await knex.schema.hasColumn("oauth_tokens", "note")).toBe(true);
    await expect(createTokensTable(knex)).rejects.toThrow(/already exists/);
  });

  it("lets knex rebuild the table (SQLite dropColumn) without losing the constraints", async () => {
    await createTokensTable(knex, { extend: (table) => table.string("note") });
    await knex.schema.alterTable("oauth_tokens", (table) => table.dropColumn("note"));
    const row = { provider: "github", token: "{}", version: 1 };
    await expect(knex("oauth_tokens").insert({ ...row, user_id: "bob", user_key: "" })).rejects.toThrow(
      /CHECK/,
    );
  });

  it("refuses a table name that is not a plain identifier, and an unsupported database", async () => {
    for (const tableName of ["", "a b", "x;drop table users", "a.b.c", "t".repeat(41)]) {
      const error = await failure(createTokensTable(knex, { tableName }));
      expect(isDanceError(error) && error.code).toBe("invalid_options");
    }
    const mssql = createKnex({ client: "mssql" });
    const error = await failure(createTokensTable(mssql));
    expect(isDanceError(error) && error.message).toMatch(/PostgreSQL.*MySQL.*SQLite/);
    await mssql.destroy();
  });
});

describe("the knex migrations", () => {
  it("tokensMigration runs up and down through knex's migrator, with the app's table name", async () => {
    const config = migrator({ "001_tokens": tokensMigration({ tableName: "provider_tokens" }) });
    await knex.migrate.latest(config);
    expect(await knex.schema.hasTable("provider_tokens")).toBe(true);
    await knex.migrate.rollback(config);
    expect(await knex.schema.hasTable("provider_tokens")).toBe(false);
  });

  it("the ./migration module is a migration for the default table", async () => {
    const config = migrator({ "001_oauth_tokens": readyMigration });
    await knex.migrate.latest(config);
    expect(await knex.schema.hasTable("oauth_tokens")).toBe(true);
    await knex.migrate.rollback(config);
    expect(await knex.schema.hasTable("oauth_tokens")).toBe(false);
  });

  it("dropTokensTable ignores a missing table", async () => {
    await expect(dropTokensTable(knex, { tableName: "never_created" })).resolves.toBeUndefined();
  });
});
