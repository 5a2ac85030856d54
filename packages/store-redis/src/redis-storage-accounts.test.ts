// RedisStorage's several accounts against the Redis on 127.0.0.1:6379: the key layout, keys from before accounts,
// expired and surplus accounts, the cap on account ids, and seals bound to their account.
import { randomUUID } from "node:crypto";
import { ACCOUNT_FIELD, isDanceError, type TokenContext } from "@oauth-dance/core";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStorage } from "./redis-storage.js";
import type { RedisStorageOptions } from "./redis-storage-options.js";
import { accountsKey } from "./token-key.js";
import { MAX_ACCOUNTS } from "./token-scripts.js";

const redis = createClient({ url: "redis://127.0.0.1:6379" });
const prefixes: string[] = [];
beforeAll(async () => {
  await redis.connect();
});
afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(keys);
  }
  await redis.quit();
});

const NOW = Date.UTC(2026, 11, 4, 12, 0, 0);
const HOUR = 3600;
const ctx = (userId: string, account?: string): TokenContext => ({
  provider: "github",
  config: { userId },
  account,
});

function store(options: Partial<RedisStorageOptions> = {}): RedisStorage {
  const keyPrefix = `oauth-dance-test:${randomUUID()}:`;
  prefixes.push(keyPrefix);
  return new RedisStorage({ client: redis, keyPrefix, now: () => NOW, ...options });
}

async function listed(storage: RedisStorage, user: string): Promise<[string, unknown][]> {
  return (await storage.accounts(ctx(user))).map(({ account, token }) => [account, token.access_token]);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => "no error",
    (error: unknown) => error,
  );
}

describe("RedisStorage account keys", () => {
  it("keeps a named account in the user's hash tag, percent-encoded, and the account '' in the key from before", () => {
    const storage = store({ keyPrefix: "p:" });
    expect(storage.keyOf("github", "42", "work")).toBe("p:{github:42}#work");
    expect(storage.keyOf("github", "42", "a#b:{c}")).toBe("p:{github:42}#a%23b%3A%7Bc%7D");
    expect(storage.keyOf("github", "42", "")).toBe("p:{github:42}");
    expect(storage.keyOf("github", "42")).toBe("p:{github:42}");
  });

  it("records each account in a sorted set in the same hash tag, the one stored last scored highest", async () => {
    const storage = store();
    await storage.set(ctx("alice"), { access_token: "unmarked" });
    await storage.set(ctx("alice"), { access_token: "w", [ACCOUNT_FIELD]: "work" });
    const owner = storage.keyOf("github", "alice");
    expect(await redis.hGet(owner, "t")).toBe(JSON.stringify({ access_token: "unmarked" }));
    expect(await redis.exists(storage.keyOf("github", "alice", "work"))).toBe(1);
    expect(await redis.zRange(accountsKey(owner), 0, -1, { REV: true })).toEqual(["work", ""]);
  });

  it("orders accounts by when Redis saw them stored, whatever each instance's clock says", async () => {
    const ahead = store({ now: () => NOW + HOUR * 1000 });
    const behind = new RedisStorage({
      client: redis,
      keyPrefix: prefixes.at(-1) as string,
      now: () => NOW,
    });
    await ahead.set(ctx("alice", "first"), { access_token: "1" });
    await behind.set(ctx("alice", "second"), { access_token: "2" });
    expect(await behind.get(ctx("alice"))).toEqual({ access_token: "2" });
    expect(await listed(ahead, "alice")).toEqual([
      ["second", "2"],
      ["first", "1"],
    ]);
  });
});

describe("RedisStorage keys from before accounts", () => {
  it('reads a key an earlier release wrote, with no accounts set, as the account ""', async () => {
    const storage = store();
    const owner = storage.keyOf("github", "alice");
    await redis.hSet(owner, { v: "7", t: JSON.stringify({ access_token: "from before" }) });
    expect(await storage.getVersioned(ctx("alice"))).toEqual({
      token: { access_token: "from before" },
      version: 7,
    });
    expect(await storage.get(ctx("alice", ""))).toEqual({ access_token: "from before" });
    expect(await listed(storage, "alice")).toEqual([["", "from before"]]);
  });

  it("lists it after the accounts stored since, and refreshes and deletes it in place", async () => {
    const storage = store();
    const owner = storage.keyOf("github", "alice");
    await redis.hSet(owner, { v: "7", t: JSON.stringify({ access_token: "from before" }) });
    await storage.set(ctx("alice", "work"), { access_token: "w" });
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "w" });
    expect(await listed(storage, "alice")).toEqual([
      ["work", "w"],
      ["", "from before"],
    ]);
    expect(await storage.compareAndSet(ctx("alice", ""), 7, { access_token: "refreshed" })).toBe(true);
    expect(await redis.hGet(owner, "t")).toBe(JSON.stringify({ access_token: "refreshed" }));
    await storage.delete(ctx("alice", "work"));
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "refreshed" });
    await storage.delete(ctx("alice"));
    expect(await redis.exists(owner)).toBe(0);
  });

  it("opens a seal an earlier release made for the key, as the account's", async () => {
    const encrypt = { secret: "a-secret-of-at-least-thirty-two-characters" };
    const storage = store({ encrypt });
    // A set without an account writes what an earlier release wrote: the seal bound to the user's one key.
    await storage.set(ctx("alice"), { access_token: "sealed before" });
    const owner = storage.keyOf("github", "alice");
    await redis.del(accountsKey(owner));
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "sealed before" });
    expect(await listed(storage, "alice")).toEqual([["", "sealed before"]]);
  });
});

describe("RedisStorage account expiry", () => {
  it("drops an account whose key expired from the set when it meets it, and reads the one stored before", async () => {
    const storage = store({ expiryMargin: 0 });
    await storage.set(ctx("alice", "lasting"), { access_token: "l" });
    await storage.set(ctx("alice", "brief"), { access_token: "b", expires_at: NOW / 1000 + 0.02 });
    const set = accountsKey(storage.keyOf("github", "alice"));
    expect(await redis.zCard(set)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "l" });
    expect(await redis.zRange(set, 0, -1)).toEqual(["lasting"]);
    expect(await listed(storage, "alice")).toEqual([["lasting", "l"]]);
  });

  it("gives the set the TTL of its longest-lived account, and none while one never expires", async () => {
    const storage = store({ expiryMargin: 0, refreshableTtl: 2 * HOUR });
    const set = accountsKey(storage.keyOf("github", "alice"));
    await storage.set(ctx("alice", "hour"), { access_token: "h", expires_at: NOW / 1000 + HOUR });
    await storage.set(ctx("alice", "minute"), { access_token: "m", expires_at: NOW / 1000 + 60 });
    expect(await redis.pTTL(set)).toBeGreaterThan(60_000);
    expect(await redis.pTTL(set)).toBeLessThanOrEqual(HOUR * 1000);
    await storage.set(ctx("alice", "forever"), { access_token: "f" });
    expect(await redis.pTTL(set)).toBe(-1);
    await storage.delete(ctx("alice", "forever"));
    expect(await redis.pTTL(set)).toBeLessThanOrEqual(HOUR * 1000);
    // A refresh that outlives every account lengthens the set too.
    const minute = await storage.getVersioned(ctx("alice", "minute"));
    const refreshed = { access_token: "m2", refresh_token: "r" };
    expect(await storage.compareAndSet(ctx("alice", "minute"), minute?.version ?? -1, refreshed)).toBe(true);
    expect(await redis.pTTL(set)).toBeGreaterThan(HOUR * 1000);
  });

  it(`keeps at most ${MAX_ACCOUNTS} accounts, dropping the one stored longest ago with its key`, async () => {
    const storage = store();
    for (let i = 0; i <= MAX_ACCOUNTS; i++)
      await storage.set(ctx("alice", `a${i}`), { access_token: `t${i}` });
    const accounts = await storage.accounts(ctx("alice"));
    expect(accounts).toHaveLength(MAX_ACCOUNTS);
    expect(accounts[0]?.account).toBe(`a${MAX_ACCOUNTS}`);
    expect(accounts.some(({ account }) => account === "a0")).toBe(false);
    expect(await storage.has("github", "alice", "a0")).toBe(false);
    expect(await storage.has("github", "alice", "a1")).toBe(true);
  });
});

describe("RedisStorage account ids", () => {
  it("refuses an account id over 255 characters with storage_failed, naming the cap", async () => {
    const storage = store();
    const long = "x".repeat(256);
    for (const attempt of [
      storage.set(ctx("alice", long), { access_token: "a" }),
      storage.set(ctx("alice"), { access_token: "a", [ACCOUNT_FIELD]: long }),
      storage.get(ctx("alice", long)),
    ]) {
      const refused = await failure(attempt);
      expect(isDanceError(refused) && refused.code).toBe("storage_failed");
      expect((refused as Error).message).toMatch(/RedisStorage keeps account ids up to 255 characters/);
    }
    await storage.set(ctx("alice", "x".repeat(255)), { access_token: "kept" });
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "kept" });
  });

  it("refuses an account id that is not well-formed text with storage_failed", async () => {
    const refused = await failure(store().set(ctx("alice", "\uD800"), { access_token: "a" }));
    expect(isDanceError(refused) && refused.code).toBe("storage_failed");
  });
});

describe("RedisStorage account seals", () => {
  const encrypt = { secret: "a-secret-of-at-least-thirty-two-characters" };

  it("binds each seal to its account's key: copied to another account of the same user, it opens nothing", async () => {
    const storage = store({ encrypt });
    await storage.set(ctx("alice", "personal"), { access_token: "personal-token" });
    await storage.set(ctx("alice", "work"), { access_token: "work-token" });
    const raw = (await redis.hGet(storage.keyOf("github", "alice", "personal"), "t")) as string;
    await redis.hSet(storage.keyOf("github", "alice", "work"), { t: raw });
    await redis.hSet(storage.keyOf("github", "alice", ""), { v: "1", t: raw });
    expect(await storage.get(ctx("alice", "work"))).toBeUndefined();
    expect(await storage.get(ctx("alice"))).toBeUndefined();
    expect(await storage.get(ctx("alice", ""))).toBeUndefined();
    expect(await listed(storage, "alice")).toEqual([["personal", "personal-token"]]);
  });

  it("refreshes the account stored last through compare-and-set, sealed for that account's key", async () => {
    const storage = store({ encrypt });
    await storage.set(ctx("alice", "personal"), { access_token: "p" });
    await storage.set(ctx("alice", "work"), { access_token: "w" });
    const current = await storage.getVersioned(ctx("alice"));
    expect(await storage.compareAndSet(ctx("alice"), current?.version ?? -1, { access_token: "w2" })).toBe(
      true,
    );
    expect(await storage.get(ctx("alice", "work"))).toEqual({ access_token: "w2" });
    expect(await storage.get(ctx("alice", "personal"))).toEqual({ access_token: "p" });
  });
});

describe("RedisStorage userOf", () => {
  it("resolves the user as the store keys tokens: config.userId first, then the user function", async () => {
    const storage = store({ user: () => "from-function" });
    expect(await storage.userOf({ provider: "github", config: { userId: 42 } })).toBe("42");
    expect(await storage.userOf({ provider: "github", config: {} })).toBe("from-function");
  });
});
