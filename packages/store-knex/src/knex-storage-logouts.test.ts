// KnexStorage as the dance's logout list, and deleteByAccount, on SQLite, PostgreSQL (127.0.0.1:5432) and MariaDB
// (127.0.0.1:3306): the logout list conformance suite of @oauth-dance/core, pruning, and deleting by account.
import { randomBytes } from "node:crypto";
import { isDanceError, type TokenContext } from "@oauth-dance/core";
import { describeLogoutListConformance } from "@oauth-dance/core/testing/storage";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KnexStorage } from "./knex-storage.js";
import type { KnexStorageOptions } from "./knex-storage-options.js";
import { createLogoutsTable, dropLogoutsTable } from "./logouts-table.js";
import { createTokensTable, dropTokensTable } from "./tokens-table.js";

const DATABASES: [string, () => Knex.Config][] = [
  [
    "SQLite :memory:",
    () => ({ client: "better-sqlite3", connection: { filename: ":memory:" }, useNullAsDefault: true }),
  ],
  [
    "PostgreSQL",
    () => ({
      client: "pg",
      connection: { host: "127.0.0.1", port: 5432, user: "postgres", database: "test" },
      pool: { min: 0, max: 4 },
    }),
  ],
  [
    "MariaDB",
    () => ({
      client: "mysql2",
      connection: { host: "127.0.0.1", port: 3306, user: "root", password: "", database: "test" },
      pool: { min: 0, max: 4 },
    }),
  ],
];

const ISSUER = "https://id.example.com";
const AT = 1_796_000_000;
const DAY = 24 * 60 * 60;

/** A store on fresh tables of their own (the servers are shared), and how to drop them afterwards. */
async function open(config: () => Knex.Config, options: Partial<KnexStorageOptions> = {}) {
  const knex = createKnex(config());
  const suffix = randomBytes(5).toString("hex");
  const tableName = `tokens_${suffix}`;
  const logoutsTableName = `logouts_${suffix}`;
  await createTokensTable(knex, { tableName });
  await createLogoutsTable(knex, { tableName: logoutsTableName });
  const storage = new KnexStorage({ knex, tableName, logoutsTableName, ...options });
  const close = async () => {
    await dropTokensTable(knex, { tableName });
    await dropLogoutsTable(knex, { tableName: logoutsTableName });
    await knex.destroy();
  };
  return { knex, storage, tableName, logoutsTableName, close };
}

const ctx = (userId: string, providerUserId?: string, provider = "corp"): TokenContext => ({
  provider,
  config: providerUserId === undefined ? { userId } : { userId, providerUserId },
});

for (const [database, config] of DATABASES) {
  describeLogoutListConformance(`KnexStorage on ${database}`, async () => {
    const { storage, close } = await open(config);
    return { list: storage, close };
  });

  describe(`KnexStorage logouts on ${database}`, () => {
    let opened: Awaited<ReturnType<typeof open>>;
    beforeEach(async () => {
      opened = await open(config, { logoutRetention: 30 * DAY });
    });
    afterEach(() => opened.close());

    it("prunes logouts older than logoutRetention as it adds one, and keeps the recent ones", async () => {
      const { storage, knex, logoutsTableName } = opened;
      await storage.add({ provider: "corp", issuer: ISSUER, sub: "old", at: AT - 31 * DAY });
      await storage.add({ provider: "corp", issuer: ISSUER, sub: "recent", at: AT - 29 * DAY });
      await storage.add({ provider: "corp", issuer: ISSUER, sid: "now", at: AT });
      const subs = await knex(logoutsTableName).select("sub", "sid").orderBy("at");
      expect(subs).toEqual([
        { sub: "recent", sid: null },
        { sub: null, sid: "now" },
      ]);
      expect(await storage.find({ provider: "corp", issuer: ISSUER, sub: "old" })).toBeUndefined();
      expect(await storage.find({ provider: "corp", issuer: ISSUER, sub: "recent" })).toBe(AT - 29 * DAY);
    });

    it("prunes at most 100 stale rows per add", async () => {
      const { storage, knex, logoutsTableName } = opened;
      const stale = Array.from({ length: 150 }, (_, i) => ({
        provider: "corp",
        issuer: ISSUER,
        sub: `user-${i}`,
        at: AT - 40 * DAY + i,
      }));
      await knex(logoutsTableName).insert(stale);
      await storage.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT });
      expect(Number((await knex(logoutsTableName).count({ n: "*" }).first())?.n)).toBe(51);
      await storage.add({ provider: "corp", issuer: ISSUER, sub: "bob", at: AT });
      expect(Number((await knex(logoutsTableName).count({ n: "*" }).first())?.n)).toBe(2);
    });

    it("refuses a sub longer than 255 characters with storage_failed", async () => {
      const error = await opened.storage
        .add({ provider: "corp", issuer: ISSUER, sub: "x".repeat(256), at: AT })
        .catch((e: unknown) => e);
      expect(isDanceError(error) && error.code).toBe("storage_failed");
    });

    it("deleteByAccount deletes the provider's rows whose providerUserId is the sub, and no other", async () => {
      const { storage } = opened;
      const token = { access_token: "at", token_type: "bearer" };
      await storage.set(ctx("1", "alice"), token);
      await storage.set(ctx("2", "alice"), token);
      await storage.set(ctx("3", "bob"), token);
      await storage.set(ctx("4"), token);
      await storage.set(ctx("1", "alice", "other"), token);
      await storage.deleteByAccount("corp", { sub: "alice", sid: "s1" });
      expect(await storage.get(ctx("1"))).toBeUndefined();
      expect(await storage.get(ctx("2"))).toBeUndefined();
      expect(await storage.get(ctx("3"))).toEqual(token);
      expect(await storage.get(ctx("4"))).toEqual(token);
      expect(await storage.get(ctx("1", undefined, "other"))).toEqual(token);
    });

    it("deleteByAccount with a sid alone deletes nothing: the table records no session", async () => {
      const { storage } = opened;
      const token = { access_token: "at", token_type: "bearer" };
      await storage.set(ctx("1", "alice"), token);
      await storage.deleteByAccount("corp", { sid: "alice" });
      expect(await storage.get(ctx("1"))).toEqual(token);
    });
  });
}

describe("KnexStorage deleteByAccount with cache", () => {
  it("serves no deleted token from the cache", async () => {
    const [, config] = DATABASES[0] as [string, () => Knex.Config];
    const { storage, close } = await open(config, { cache: { max: 100, ttl: 60 } });
    try {
      const token = { access_token: "at", token_type: "bearer" };
      await storage.set(ctx("1", "alice"), token);
      expect(await storage.get(ctx("1"))).toEqual(token);
      await storage.deleteByAccount("corp", { sub: "alice" });
      expect(await storage.get(ctx("1"))).toBeUndefined();
    } finally {
      await close();
    }
  });
});

describe("KnexStorage logout options", () => {
  it("refuses a bad logoutsTableName or logoutRetention, naming the option", () => {
    const knex = createKnex({
      client: "better-sqlite3",
      connection: { filename: ":memory:" },
      useNullAsDefault: true,
    });
    try {
      expect(() => new KnexStorage({ knex, logoutsTableName: "a b" })).toThrow(/logoutsTableName/);
      expect(() => new KnexStorage({ knex, logoutRetention: 0 })).toThrow(/logoutRetention/);
      expect(new KnexStorage({ knex }).logoutsTableName).toBe("oauth_logouts");
    } finally {
      void knex.destroy();
    }
  });
});
