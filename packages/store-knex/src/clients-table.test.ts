// The registered-clients table on SQLite: its columns, its unique key, the knex migration and the options.
import { isDanceError } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientsMigration, createClientsTable, dropClientsTable } from "./clients-table.js";

let knex: Knex;
beforeEach(() => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
});
afterEach(() => knex.destroy());

describe("createClientsTable", () => {
  it("creates the columns the store and the README name, with key unique", async () => {
    await createClientsTable(knex);
    const columns = await knex("oauth_clients").columnInfo();
    expect(Object.keys(columns).sort()).toEqual(["client", "created_at", "id", "issuer", "key"]);
    expect(columns.key?.maxLength).toBe("64");
    const indexes = (await knex.raw("pragma index_list('oauth_clients')")) as {
      name: string;
      unique: number;
    }[];
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: "oauth_clients_key_unique", unique: 1 })]),
    );
    const row = { issuer: "https://id.example", key: "k".repeat(64), client: "{}" };
    await knex("oauth_clients").insert(row);
    await expect(knex("oauth_clients").insert(row)).rejects.toThrow(/UNIQUE/);
  });

  it("takes a table name, skips an existing table with ifNotExists, and refuses a bad name", async () => {
    await createClientsTable(knex, { tableName: "registered_clients" });
    await createClientsTable(knex, { tableName: "registered_clients", ifNotExists: true });
    await expect(createClientsTable(knex, { tableName: "registered_clients" })).rejects.toThrow(
      /already exists/,
    );
    const error = await createClientsTable(knex, { tableName: "x;drop table users" }).catch(
      (e: unknown) => e,
    );
    expect(isDanceError(error) && error.code).toBe("invalid_options");
  });

  it("clientsMigration runs up and down through knex's migrator", async () => {
    const migration = clientsMigration({ tableName: "provider_clients" });
    const config: Knex.MigratorConfig = {
      migrationSource: {
        getMigrations: async () => ["001_clients"],
        getMigrationName: (name: string) => name,
        getMigration: async () => migration,
      },
    };
    await knex.migrate.latest(config);
    expect(await knex.schema.hasTable("provider_clients")).toBe(true);
    await knex.migrate.rollback(config);
    expect(await knex.schema.hasTable("provider_clients")).toBe(false);
    await expect(dropClientsTable(knex)).resolves.toBeUndefined();
  });
});
