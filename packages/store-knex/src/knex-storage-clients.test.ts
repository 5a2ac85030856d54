// KnexStorage as the store of registered clients (`oauth2({ register })`) on SQLite: sealing, unreadable rows, errors.
import type { DanceError } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClientsTable } from "./clients-table.js";
import { KnexStorage } from "./knex-storage.js";
import type { KnexStorageOptions } from "./knex-storage-options.js";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const ISSUER = "https://id.example";
const client = { client_id: "app", client_secret: "the-client-secret", client_secret_expires_at: 0 };

let knex: Knex;
beforeEach(async () => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
  await createClientsTable(knex);
});
afterEach(() => knex.destroy());

/** Keys are opaque to the store: any 64 hex characters do. */
const keyFor = (name: string) => ({ issuer: ISSUER, key: name.padEnd(64, "0") });

async function failure(promise: Promise<unknown>): Promise<DanceError> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: DanceError) => error,
  );
}

describe("KnexStorage registered clients", () => {
  it("keeps one row per key with the issuer beside it, the client as JSON", async () => {
    const store = new KnexStorage({ knex });
    const key = keyFor("app");
    await store.addClient(key, client);
    expect(await knex("oauth_clients").select("issuer", "key", "client")).toEqual([
      { issuer: ISSUER, key: key.key, client: JSON.stringify(client) },
    ]);
  });

  it("with encrypt, seals the client column so the database shows no secret", async () => {
    const store = new KnexStorage({ knex, encrypt: { secret: SECRET } });
    const key = keyFor("app");
    await store.addClient(key, client);
    const [row] = await knex("oauth_clients").select("client");
    expect(String(row.client)).not.toContain("the-client-secret");
    expect(String(row.client)).toMatch(/^\{"sealed":"Fe26\.2\*/);
    expect(await store.getClient(key)).toEqual(client);
  });

  it("reads a row sealed with another secret as no client, and replaces it on addClient", async () => {
    const key = keyFor("app");
    await new KnexStorage({
      knex,
      encrypt: { secret: "a-retired-secret-of-thirty-two-characters" },
    }).addClient(key, { client_id: "old" });
    const store = new KnexStorage({ knex, encrypt: { secret: SECRET } });
    expect(await store.getClient(key)).toBeUndefined();
    expect(await store.addClient(key, client)).toEqual(client);
    expect(await store.getClient(key)).toEqual(client);
    expect(await knex("oauth_clients").count({ rows: "*" })).toEqual([{ rows: 1 }]);
  });

  it("uses clientsTableName, and refuses one that is no table name", async () => {
    await createClientsTable(knex, { tableName: "registered" });
    const store = new KnexStorage({ knex, clientsTableName: "registered" });
    expect(store.clientsTableName).toBe("registered");
    await store.addClient(keyFor("app"), client);
    expect(await knex("registered").count({ rows: "*" })).toEqual([{ rows: 1 }]);
    expect(() => new KnexStorage({ knex, clientsTableName: "a b" } as KnexStorageOptions)).toThrow(
      "Invalid options: clientsTableName must be a table name",
    );
  });

  it("reports a missing table as storage_failed, naming the table and the driver's code", async () => {
    const store = new KnexStorage({ knex, clientsTableName: "never_created" });
    const error = await failure(store.getClient(keyFor("app")));
    expect(error.code).toBe("storage_failed");
    expect(error.message).toBe(
      "KnexStorage could not read the registered client in never_created (SQLITE_ERROR)",
    );
  });
});
