// KnexStorage on one real database: the conformance suites (tokens: plain, cached, sealed; registered clients:
// plain, sealed) and the SQL-specific promises.

import {
  describeClientRegistrationStoreConformance,
  describeStorageConformance,
} from "@oauth-dance/core/testing/storage";
import {
  accountsMigration,
  createClientsTable,
  createTokensTable,
  dropClientsTable,
  dropTokensTable,
  KnexStorage,
  type KnexStorageOptions,
  removeTokenAccounts,
  tokensMigration,
} from "@oauth-dance/store-knex";
import type { Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connect, type Database, uniqueTableName } from "./databases.js";

/** Seals the token column in the " with encrypt" variant and the sealing test. */
const SECRET = "storage-suite-secret-of-at-least-32-chars";

const VARIANTS: [string, Partial<KnexStorageOptions>][] = [
  ["", {}],
  [" with cache", { cache: { max: 100, ttl: 60 } }],
  [" with encrypt", { encrypt: { secret: SECRET } }],
];

/** Registers every KnexStorage test for one database. */
export function describeKnexStorage(database: Database): void {
  let knex: Knex;
  beforeAll(async () => {
    knex = await connect(database);
  });
  afterAll(async () => {
    await knex?.destroy();
    database.cleanUp?.();
  });

  for (const [variant, options] of VARIANTS) {
    describeStorageConformance(`KnexStorage on ${database.name}${variant}`, async () => {
      const tableName = uniqueTableName();
      await createTokensTable(knex, { tableName });
      return {
        storage: new KnexStorage({ knex, tableName, userRequired: false, ...options }),
        countRows: async (provider, user) => {
          const query = knex(tableName).where({ provider });
          const rows = await (user === undefined
            ? query.whereNull("user_id")
            : query.where({ user_id: user }));
          return rows.length;
        },
        close: () => dropTokensTable(knex, { tableName }),
      };
    });
  }

  for (const [variant, options] of VARIANTS.filter(([, options]) => !options.cache)) {
    describeClientRegistrationStoreConformance(`KnexStorage on ${database.name}${variant}`, async () => {
      const clientsTableName = uniqueTableName("clients");
      await createClientsTable(knex, { tableName: clientsTableName });
      return {
        store: new KnexStorage({ knex, clientsTableName, ...options }),
        close: () => dropClientsTable(knex, { tableName: clientsTableName }),
      };
    });
  }

  describe(`KnexStorage on ${database.name}: SQL`, () => {
    let tableName: string;
    const others: Knex[] = [];
    const table = async (extend?: (table: Knex.CreateTableBuilder) => void) => {
      tableName = uniqueTableName();
      await createTokensTable(knex, extend ? { tableName, extend } : { tableName });
      return tableName;
    };
    afterEach(async () => {
      for (const other of others.splice(0)) await other.destroy();
      if (tableName) await dropTokensTable(knex, { tableName });
    });
    const as = (userId: string | undefined, config: Record<string, unknown> = {}) => ({
      provider: "github",
      config: userId === undefined ? config : { userId, ...config },
    });
    /** A second app instance: its own knex and connection pool on the same database. */
    const secondInstance = async (options: Partial<KnexStorageOptions> = {}) => {
      const other = await connect(database);
      others.push(other);
      return new KnexStorage({ knex: other, tableName, userRequired: false, ...options });
    };
    const sharedOnly = database.shared
      ? it
      : (title: string, _fn: () => Promise<void>, _timeout?: number) =>
          it.skip(`${title} [skipped: each ${database.name} connection is a database of its own]`);

    it("updates a token in place: same id and created_at, the app's own column kept", async () => {
      await table((t) => t.string("note"));
      const storage = new KnexStorage({ knex, tableName });
      await storage.set(as("alice"), { access_token: "first" });
      await knex(tableName).update({ note: "kept", created_at: "2001-06-01 12:00:00" });
      const [before] = await knex(tableName).select("id", "version");
      await storage.set(as("alice"), { access_token: "second" });
      const rows = await knex(tableName).select("id", "note", "created_at", "version", "user_id");
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: before.id, note: "kept", user_id: "alice" });
      expect(String(rows[0].created_at)).toMatch(/2001/);
      expect(Number(rows[0].version)).toBe(Number(before.version) + 1);
    });

    it("accountsMigration turns a table from before accounts into one with them, keeping its rows", async () => {
      await table();
      await removeTokenAccounts(knex, { tableName });
      await new KnexStorage({ knex, tableName }).set(as("alice"), { access_token: "before" });
      const migration = accountsMigration({ tableName });
      await migration.up(knex);
      const storage = new KnexStorage({ knex, tableName });
      await storage.set({ ...as("alice"), account: "Work" }, { access_token: "work" });
      await storage.set({ ...as("alice"), account: "work" }, { access_token: "other work" });
      expect(
        (await storage.accounts(as("alice"))).map(({ account, token }) => [account, token.access_token]),
      ).toEqual([
        ["work", "other work"],
        ["Work", "work"],
        ["", "before"],
      ]);
      expect(await storage.findUserByAccount("github", "Work")).toBe("alice");
      await knex(tableName).where({ account_key: "work" }).delete();
      await knex(tableName).where({ account_key: "Work" }).delete();
      await migration.down?.(knex);
      expect(await knex.schema.hasColumn(tableName, "account_key")).toBe(false);
      expect(await new KnexStorage({ knex, tableName }).get(as("alice"))).toEqual({ access_token: "before" });
    });

    it("records expires_at and provider_user_id in their columns and sweeps by expiry", async () => {
      await table();
      const storage = new KnexStorage({ knex, tableName });
      await storage.set(as("alice", { providerUserId: 583231 }), {
        access_token: "a",
        expires_at: 1_900_000_000,
      });
      await storage.set(as("bob"), { access_token: "b", expires_at: 1_800_000_000 });
      const [row] = await knex(tableName)
        .where({ user_id: "alice" })
        .select("expires_at", "provider_user_id");
      expect({ ...row, expires_at: Number(row.expires_at) }).toEqual({
        expires_at: 1_900_000_000,
        provider_user_id: "583231",
      });
      expect(await storage.findUserId("github", 583231)).toBe("alice");
      expect((await storage.expiringBefore(1_850_000_000)).map((t) => [t.userId, t.expiresAt])).toEqual([
        ["bob", 1_800_000_000],
      ]);
    });

    it("keeps user_key in step with user_id for rows written by hand, and one anonymous row per provider", async () => {
      await table();
      const row = { provider: "github", token: "{}", version: 1 };
      await knex(tableName).insert({ ...row, user_id: null, user_key: "" });
      await expect(knex(tableName).insert({ ...row, user_id: "bob", user_key: "" })).rejects.toThrow();
      await expect(knex(tableName).insert({ ...row, user_id: null, user_key: "" })).rejects.toThrow();
      expect(await knex(tableName).count({ n: "*" })).toEqual([{ n: expect.anything() }]);
      expect(await knex(tableName).select("user_id")).toEqual([{ user_id: null }]);
    });

    it("seals the token column so the table holds no token text", async () => {
      await table();
      const storage = new KnexStorage({ knex, tableName, encrypt: { secret: SECRET } });
      await storage.set(as("alice"), { access_token: "gho_plaintext_marker", refresh_token: "ghr_marker" });
      const [row] = await knex(tableName).select("token");
      const column = typeof row.token === "string" ? row.token : JSON.stringify(row.token);
      expect(column).not.toMatch(/marker/);
      expect(column).toMatch(/"sealed":"Fe26\.2\*/);
      expect(await storage.get(as("alice"))).toEqual({
        access_token: "gho_plaintext_marker",
        refresh_token: "ghr_marker",
      });
    });

    it("runs as a knex migration, up and down", async () => {
      tableName = uniqueTableName();
      const migrations = uniqueTableName("migrations");
      const config: Knex.MigratorConfig = {
        tableName: migrations,
        migrationSource: {
          getMigrations: async () => ["001_tokens"],
          getMigrationName: (name: string) => name,
          getMigration: async () => tokensMigration({ tableName }),
        },
      };
      await knex.migrate.latest(config);
      await new KnexStorage({ knex, tableName }).set(as("alice"), { access_token: "a" });
      await knex.migrate.rollback(config);
      expect(await knex.schema.hasTable(tableName)).toBe(false);
      await knex.schema.dropTable(migrations);
      await knex.schema.dropTable(`${migrations}_lock`);
    });

    sharedOnly(
      "lets exactly one of 200 compareAndSet calls win across two instances with their own pools",
      async () => {
        await table();
        const first = new KnexStorage({ knex, tableName, userRequired: false });
        const second = await secondInstance({ cache: true });
        await first.set(as("alice"), { access_token: "expired" });
        const { version } = (await second.getVersioned(as("alice"))) as { version: number };
        const results = await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            (i % 2 ? first : second).compareAndSet(as("alice"), version, { access_token: `refresh-${i}` }),
          ),
        );
        const winners = results.flatMap((won, i) => (won ? [i] : []));
        expect(winners).toHaveLength(1);
        expect(await second.get(as("alice"))).toEqual({ access_token: `refresh-${winners[0]}` });
      },
      60_000,
    );

    sharedOnly(
      "leaves one row per user after 200 parallel sets from two instances, with and without a user",
      async () => {
        await table();
        const first = new KnexStorage({ knex, tableName, userRequired: false });
        const second = await secondInstance();
        await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            (i % 2 ? first : second).set(as(i % 4 < 2 ? "alice" : undefined), { access_token: `t${i}` }),
          ),
        );
        const rows = await knex(tableName).select("user_id").orderBy("user_id");
        expect(rows.map((row) => row.user_id).sort()).toEqual(["alice", null].sort());
      },
      60_000,
    );
  });
}
