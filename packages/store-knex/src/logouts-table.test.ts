// The back-channel logouts table on SQLite: its columns, its indexes, the knex migration and the options.
import { isDanceError } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogoutsTable, dropLogoutsTable, logoutsMigration } from "./logouts-table.js";

let knex: Knex;
beforeEach(() => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
});
afterEach(() => knex.destroy());

describe("createLogoutsTable", () => {
  it("creates the columns the store and the README name, indexed for find and pruning", async () => {
    await createLogoutsTable(knex);
    const columns = await knex("oauth_logouts").columnInfo();
    expect(Object.keys(columns).sort()).toEqual(["at", "id", "issuer", "provider", "sid", "sub"]);
    expect(columns.sub?.nullable).toBe(true);
    expect(columns.sid?.nullable).toBe(true);
    expect(columns.at?.nullable).toBe(false);
    const indexes = (await knex.raw("pragma index_list('oauth_logouts')")) as { name: string }[];
    expect(indexes.map((index) => index.name).sort()).toEqual([
      "oauth_logouts_at_index",
      "oauth_logouts_sid_index",
      "oauth_logouts_sub_index",
    ]);
  });

  it("takes a table name, skips an existing table with ifNotExists, and refuses a bad name", async () => {
    await createLogoutsTable(knex, { tableName: "logouts" });
    await createLogoutsTable(knex, { tableName: "logouts", ifNotExists: true });
    await expect(createLogoutsTable(knex, { tableName: "logouts" })).rejects.toThrow(/already exists/);
    const error = await createLogoutsTable(knex, { tableName: "x;drop table users" }).catch(
      (e: unknown) => e,
    );
    expect(isDanceError(error) && error.code).toBe("invalid_options");
  });

  it("logoutsMigration runs up and down through knex's migrator", async () => {
    const migration = logoutsMigration({ tableName: "provider_logouts" });
    const config: Knex.MigratorConfig = {
      migrationSource: {
        getMigrations: async () => ["001_logouts"],
        getMigrationName: (name: string) => name,
        getMigration: async () => migration,
      },
    };
    await knex.migrate.latest(config);
    expect(await knex.schema.hasTable("provider_logouts")).toBe(true);
    await knex.migrate.rollback(config);
    expect(await knex.schema.hasTable("provider_logouts")).toBe(false);
    await expect(dropLogoutsTable(knex)).resolves.toBeUndefined();
  });
});
