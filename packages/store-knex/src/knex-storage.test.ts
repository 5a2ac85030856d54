// KnexStorage on SQLite: upsert semantics, users, the anonymous token, compare-and-set, cache, sealing, errors.
import { createDanceRequest, type DanceError, isDanceError, type TokenContext } from "@oauth-dance/core";
import createKnex, { type Knex } from "knex";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KnexStorage } from "./knex-storage.js";
import type { KnexStorageOptions } from "./knex-storage-options.js";
import { createTokensTable } from "./tokens-table.js";

const SECRET = "a-secret-of-at-least-thirty-two-characters";

let knex: Knex;
let queries: string[];
beforeEach(async () => {
  knex = createKnex({
    client: "better-sqlite3",
    connection: { filename: ":memory:" },
    useNullAsDefault: true,
  });
  await createTokensTable(knex, { extend: (table) => table.string("note") });
  queries = [];
  knex.on("query", (query: { sql: string }) => queries.push(query.sql));
});
afterEach(() => knex.destroy());

const storage = (options: Partial<KnexStorageOptions> = {}) => new KnexStorage({ knex, ...options });
const as = (
  userId: string | undefined,
  provider = "github",
  extra: Record<string, unknown> = {},
): TokenContext => ({
  provider,
  config: userId === undefined ? extra : { userId, ...extra },
});
const rows = () => knex("oauth_tokens").select().orderBy("id");

async function failure(promise: Promise<unknown>): Promise<DanceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDanceError(error)) throw new Error(`expected a DanceError, got ${String(error)}`);
  return error;
}

describe("KnexStorage options", () => {
  it("names the bad option", () => {
    const cases: [unknown, RegExp][] = [
      [{}, /knex must be a knex instance/],
      [{ knex, tableName: "a;b" }, /tableName/],
      [{ knex, user: "alice" }, /user must be a function/],
      [{ knex, userRequired: "yes" }, /userRequired/],
      [{ knex, cache: { max: 0 } }, /cache\.max/],
      [{ knex, cache: { ttl: -1 } }, /cache\.ttl/],
      [{ knex, encrypt: { secret: "short" } }, /encrypt\.secret must be at least 32/],
      [{ knex, encrypt: { secret: [] } }, /encrypt\.secret/],
      [
        { knex, encrypt: { secret: "x".repeat(40) } },
        /encrypt\.secret is too easy to guess: it repeats itself/,
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => new KnexStorage(options as KnexStorageOptions)).toThrow(message);
    }
    const error = (() => {
      try {
        new KnexStorage({} as KnexStorageOptions);
      } catch (e) {
        return e;
      }
    })();
    expect(isDanceError(error) && error.code).toBe("invalid_options");
  });
});

describe("KnexStorage set", () => {
  it("updates the row in place: same id and created_at, the app's columns kept, version moved on", async () => {
    const store = storage();
    await store.set(as("alice"), { access_token: "first" });
    await knex("oauth_tokens").update({ note: "kept", created_at: "2001-01-01 00:00:00" });
    const before = await store.getVersioned(as("alice"));
    await store.set(as("alice"), { access_token: "second" });
    const [row, ...others] = await rows();
    expect(others).toEqual([]);
    expect(row).toMatchObject({ id: 1, note: "kept", created_at: "2001-01-01 00:00:00", user_id: "alice" });
    const after = await store.getVersioned(as("alice"));
    expect(after?.token).toEqual({ access_token: "second" });
    expect(after?.version).toBe((before?.version as number) + 1);
  });

  it("records expires_at from the token and provider_user_id from config, keeping the latter on a refresh", async () => {
    const store = storage();
    await store.set(as("alice", "github", { providerUserId: 583231 }), {
      access_token: "a",
      expires_at: 1_900_000_000,
    });
    expect(await rows()).toMatchObject([{ expires_at: 1_900_000_000, provider_user_id: "583231" }]);
    await store.set(as("alice"), { access_token: "b" });
    expect(await rows()).toMatchObject([{ expires_at: null, provider_user_id: "583231" }]);
  });

  it("refuses a provider name longer than the column, the same way on every database", async () => {
    const error = await failure(storage().set(as("alice", "p".repeat(51)), { access_token: "a" }));
    expect(error.code).toBe("storage_failed");
  });
});

describe("KnexStorage users", () => {
  it("without a user reads nothing and refuses to store or delete, saying why", async () => {
    const store = storage();
    expect(await store.get(as(undefined))).toBeUndefined();
    expect(await store.getVersioned(as(undefined))).toBeUndefined();
    const error = await failure(store.set(as(undefined), { access_token: "a" }));
    expect(error.code).toBe("storage_failed");
    expect(error.message).toMatch(/without a user.*userRequired: false/);
    expect((await failure(store.delete(as(undefined)))).code).toBe("storage_failed");
    expect((await failure(store.compareAndSet(as(undefined), 1, { access_token: "a" }))).code).toBe(
      "storage_failed",
    );
    expect(await rows()).toEqual([]);
  });

  it("with userRequired: false keeps one anonymous token per provider, apart from the users' tokens", async () => {
    const store = storage({ userRequired: false });
    await store.set(as(undefined), { access_token: "shared" });
    await store.set(as(undefined), { access_token: "shared again" });
    await store.set(as("alice"), { access_token: "alice's" });
    expect(await store.get(as(undefined))).toEqual({ access_token: "shared again" });
    expect(await rows()).toMatchObject([
      { user_id: null, user_key: "" },
      { user_id: "alice", user_key: "alice" },
    ]);
    await store.delete(as(undefined));
    expect(await store.get(as("alice"))).toEqual({ access_token: "alice's" });
  });

  it("finds the user through the user function, from a request or (in a job) from config alone", async () => {
    const store = storage({ user: ({ request }) => request?.cookies.uid });
    const request = createDanceRequest({ method: "GET", url: "/", headers: { cookie: "uid=alice" } });
    await store.set({ provider: "github", config: {}, request }, { access_token: "from a request" });
    expect(await store.get({ provider: "github", config: { userId: "alice" } })).toEqual({
      access_token: "from a request",
    });
    expect(await store.get({ provider: "github", config: {} })).toBeUndefined();
  });

  it("deletes only the current user's row (Flask-Dance with no user wiped the provider's every row)", async () => {
    const store = storage({ userRequired: false });
    for (const user of ["alice", "bob", undefined]) await store.set(as(user), { access_token: `${user}` });
    await store.set(as("alice", "gitlab"), { access_token: "alice at gitlab" });
    await store.delete(as("alice"));
    await store.delete(as("alice"));
    expect((await rows()).map((row) => [row.provider, row.user_id])).toEqual([
      ["github", "bob"],
      ["github", null],
      ["gitlab", "alice"],
    ]);
  });

  it("finds an app user from a provider account id", async () => {
    const store = storage();
    await store.set(as("alice", "github", { providerUserId: "gh-1" }), { access_token: "a" });
    await store.set(as("bob", "gitlab", { providerUserId: "gh-1" }), { access_token: "b" });
    expect(await store.findUserId("github", "gh-1")).toBe("alice");
    expect(await store.findUserId("gitlab", "gh-1")).toBe("bob");
    expect(await store.findUserId("github", "gh-2")).toBeUndefined();
  });

  it("lists tokens expiring before a time, soonest first, for a refresh sweep", async () => {
    const store = storage({ userRequired: false });
    await store.set(as("late"), { access_token: "a", expires_at: 3000 });
    await store.set(as("soon"), { access_token: "b", expires_at: 1000 });
    await store.set(as(undefined), { access_token: "c", expires_at: 2000 });
    await store.set(as("never"), { access_token: "d" });
    const expiring = await store.expiringBefore(new Date(2500 * 1000));
    expect(expiring).toEqual([
      { provider: "github", userId: "soon", providerUserId: undefined, expiresAt: 1000 },
      { provider: "github", userId: undefined, providerUserId: undefined, expiresAt: 2000 },
    ]);
    expect(await store.expiringBefore(5000, 1)).toHaveLength(1);
  });
});

describe("KnexStorage compareAndSet", () => {
  it("succeeds with the current version, then fails with the stale one", async () => {
    const store = storage();
    await store.set(as("alice"), { access_token: "old" });
    const current = await store.getVersioned(as("alice"));
    expect(await store.compareAndSet(as("alice"), current?.version as number, { access_token: "new" })).toBe(
      true,
    );
    expect(await store.compareAndSet(as("alice"), current?.version as number, { access_token: "lost" })).toBe(
      false,
    );
    expect(await store.get(as("alice"))).toEqual({ access_token: "new" });
  });

  it("fails for an absent row, and for a row deleted and stored again since the version was read", async () => {
    const store = storage();
    expect(await store.compareAndSet(as("alice"), 1, { access_token: "a" })).toBe(false);
    await store.set(as("alice"), { access_token: "first login" });
    const read = await store.getVersioned(as("alice"));
    await store.delete(as("alice"));
    expect(await store.compareAndSet(as("alice"), read?.version as number, { access_token: "a" })).toBe(
      false,
    );
    await store.set(as("alice"), { access_token: "second login" });
    expect(await store.compareAndSet(as("alice"), read?.version as number, { access_token: "stale" })).toBe(
      false,
    );
    expect(await store.get(as("alice"))).toEqual({ access_token: "second login" });
    expect(await store.compareAndSet(as("alice"), Number.NaN, { access_token: "a" })).toBe(false);
  });

  it("lets exactly one of two instances sharing the table win", async () => {
    const first = storage();
    const second = storage({ cache: true });
    await first.set(as("alice"), { access_token: "old" });
    const { version } = (await second.getVersioned(as("alice"))) as { version: number };
    const results = await Promise.all([
      first.compareAndSet(as("alice"), version, { access_token: "first" }),
      second.compareAndSet(as("alice"), version, { access_token: "second" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

describe("KnexStorage cache", () => {
  it("answers repeated reads, including 'no token', without a query", async () => {
    const store = storage({ cache: true });
    await store.set(as("alice"), { access_token: "a" });
    queries = [];
    await store.get(as("alice"));
    await store.get(as("alice"));
    await store.get(as("bob"));
    await store.get(as("bob"));
    expect(queries).toHaveLength(2);
  });

  it("is invalidated by set, delete and compareAndSet", async () => {
    const store = storage({ cache: true });
    expect(await store.get(as("alice"))).toBeUndefined();
    await store.set(as("alice"), { access_token: "a" });
    expect(await store.get(as("alice"))).toEqual({ access_token: "a" });
    const { version } = (await store.getVersioned(as("alice"))) as { version: number };
    await store.compareAndSet(as("alice"), version, { access_token: "b" });
    expect(await store.get(as("alice"))).toEqual({ access_token: "b" });
    await store.delete(as("alice"));
    expect(await store.get(as("alice"))).toBeUndefined();
  });

  it("never hands one user's cached token to another", async () => {
    const store = storage({ cache: { max: 10, ttl: 60 } });
    await store.set(as("alice"), { access_token: "alice's" });
    await store.get(as("alice"));
    expect(await store.get(as("bob"))).toBeUndefined();
    expect(await store.get(as("alice", "gitlab"))).toBeUndefined();
  });

  it("sees another instance's write only once its entry expires (the multi-instance trade-off)", async () => {
    // Only Date is faked, and moved rather than waited for: the entry's age never depends on the machine's speed.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      const cached = storage({ cache: { ttl: 5 } });
      const other = storage();
      await other.set(as("alice"), { access_token: "v1" });
      expect(await cached.get(as("alice"))).toEqual({ access_token: "v1" });
      await other.set(as("alice"), { access_token: "v2" });
      vi.setSystemTime(Date.now() + 4_900);
      expect(await cached.get(as("alice"))).toEqual({ access_token: "v1" });
      vi.setSystemTime(Date.now() + 200);
      expect(await cached.get(as("alice"))).toEqual({ access_token: "v2" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads getVersioned from the database, never the cache, and refreshes the cache with it", async () => {
    const cached = storage({ cache: { ttl: 60 } });
    const other = storage();
    await other.set(as("alice"), { access_token: "v1" });
    await cached.get(as("alice"));
    await other.set(as("alice"), { access_token: "v2" });
    expect((await cached.getVersioned(as("alice")))?.token).toEqual({ access_token: "v2" });
    queries = [];
    expect(await cached.get(as("alice"))).toEqual({ access_token: "v2" });
    expect(queries).toEqual([]);
  });
});

describe("KnexStorage encrypt", () => {
  it("keeps no token value readable in the table, and reads its own tokens back", async () => {
    const store = storage({ encrypt: { secret: SECRET } });
    await store.set(as("alice"), { access_token: "gho_visible?", expires_at: 1_900_000_000 });
    const [row] = await rows();
    expect(row.token).not.toContain("gho_visible?");
    expect(row.expires_at).toBe(1_900_000_000);
    expect(await store.get(as("alice"))).toEqual({ access_token: "gho_visible?", expires_at: 1_900_000_000 });
  });

  it("reads a sealed token copied into another user's row as absent", async () => {
    const store = storage({ encrypt: { secret: SECRET } });
    await store.set(as("alice"), { access_token: "alice's" });
    await store.set(as("mallory"), { access_token: "mallory's" });
    const [alice] = await rows();
    await knex("oauth_tokens").where({ user_id: "mallory" }).update({ token: alice.token });
    expect(await store.get(as("mallory"))).toBeUndefined();
  });
});

describe("KnexStorage errors", () => {
  it("reports database failures as storage_failed with the driver's code and error, never the token", async () => {
    const store = storage({ tableName: "missing_table" });
    const error = await failure(store.set(as("alice"), { access_token: "gho_do_not_log" }));
    expect(error.code).toBe("storage_failed");
    expect(error.message).toBe(
      "KnexStorage could not store the github token in missing_table (SQLITE_ERROR)",
    );
    expect(error.provider).toBe("github");
    expect(String(error.cause)).toMatch(/no such table/);
    expect((await failure(store.get(as("alice")))).message).toMatch(/could not read/);
  });

  it("reads again on another connection when the pool handed out one the server had ended, never writes", async () => {
    await storage().set(as("alice"), { access_token: "at" });
    // The next statement fails as node-postgres fails on a connection whose server side is gone.
    let failNext = 0;
    const lost = new Error("Connection terminated unexpectedly");
    const flaky = new Proxy(knex, {
      apply(target, thisArg, args: Parameters<Knex>) {
        const builder = Reflect.apply(target, thisArg, args) as Knex.QueryBuilder;
        if (failNext > 0) {
          failNext--;
          return Object.assign(builder, {
            first: () => Promise.reject(lost),
            insert: () => ({ onConflict: () => ({ merge: () => Promise.reject(lost) }) }),
          });
        }
        return builder;
      },
    });
    const shared = new KnexStorage({ knex: flaky });
    failNext = 1;
    expect(await shared.get(as("alice"))).toEqual({ access_token: "at" });
    failNext = 1;
    const error = await failure(shared.set(as("alice"), { access_token: "other" }));
    expect(error.code).toBe("storage_failed");
    expect(await shared.get(as("alice"))).toEqual({ access_token: "at" });
  });
});
