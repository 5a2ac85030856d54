// RedisStorage as the dance's logout list against the Redis on 127.0.0.1:6379, through node-redis and ioredis: the
// logout list conformance suite of @oauth-dance/core, the keys and their expiry.
import { randomUUID } from "node:crypto";
import { isDanceError } from "@oauth-dance/core";
import { describeLogoutListConformance } from "@oauth-dance/core/testing/storage";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStorage } from "./redis-storage.js";
import type { RedisStorageOptions } from "./redis-storage-options.js";

const URL = "redis://127.0.0.1:6379";
const nodeRedis = createClient({ url: URL });
const ioredis = new Redis(URL, { lazyConnect: true });
const prefixes: string[] = [];
beforeAll(async () => {
  await Promise.all([nodeRedis.connect(), ioredis.connect()]);
});
afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await nodeRedis.keys(`${prefix}*`);
    if (keys.length > 0) await nodeRedis.del(keys);
  }
  await Promise.all([nodeRedis.quit(), ioredis.quit()]);
});

const ISSUER = "https://id.example.com";
const AT = 1_796_000_000;
const DAY = 24 * 60 * 60;

function store(client: RedisStorageOptions["client"], options: Partial<RedisStorageOptions> = {}) {
  const logoutKeyPrefix = `oauth-dance-test:${randomUUID()}:`;
  prefixes.push(logoutKeyPrefix);
  return { storage: new RedisStorage({ client, logoutKeyPrefix, ...options }), logoutKeyPrefix };
}

for (const [variant, client] of [
  ["node-redis", nodeRedis],
  ["ioredis", ioredis],
] as const) {
  describeLogoutListConformance(`RedisStorage (${variant})`, async () => {
    const { storage, logoutKeyPrefix } = store(client);
    return {
      list: storage,
      close: async () => {
        const keys = await nodeRedis.keys(`${logoutKeyPrefix}*`);
        if (keys.length > 0) await nodeRedis.del(keys);
      },
    };
  });
}

describe("RedisStorage logout keys", () => {
  it("keeps a key per sub and per sid, percent-encoded, expiring after logoutRetention", async () => {
    const { storage, logoutKeyPrefix } = store(nodeRedis, { logoutRetention: 7 * DAY });
    await storage.add({ provider: "corp", issuer: ISSUER, sub: "a:b", sid: "s1", at: AT });
    const base = `${logoutKeyPrefix}corp:${encodeURIComponent(ISSUER)}`;
    expect((await nodeRedis.keys(`${logoutKeyPrefix}*`)).sort()).toEqual([
      `${base}:sid:s1`,
      `${base}:sub:a%3Ab`,
    ]);
    expect(await nodeRedis.get(`${base}:sub:a%3Ab`)).toBe(String(AT));
    const ttl = await nodeRedis.ttl(`${base}:sid:s1`);
    // Redis counts the EX down by itself; a test run never takes a minute.
    expect(ttl).toBeLessThanOrEqual(7 * DAY);
    expect(ttl).toBeGreaterThan(7 * DAY - 60);
  });

  it("keeps the later of two logouts that arrive out of order", async () => {
    const { storage } = store(ioredis);
    await storage.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT + 60 });
    await storage.add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT });
    expect(await storage.find({ provider: "corp", issuer: ISSUER, sub: "alice" })).toBe(AT + 60);
  });

  it("refuses a bad logoutKeyPrefix or logoutRetention, naming the option", () => {
    expect(() => new RedisStorage({ client: nodeRedis, logoutKeyPrefix: "a{b" })).toThrow(/logoutKeyPrefix/);
    expect(() => new RedisStorage({ client: nodeRedis, logoutRetention: 0 })).toThrow(/logoutRetention/);
    expect(() => new RedisStorage({ client: nodeRedis, logoutRetention: 1.5 })).toThrow(/logoutRetention/);
  });

  it("fails with storage_failed when Redis fails", async () => {
    const failing = { eval: () => Promise.reject(new Error("connection lost")) };
    const storage = new RedisStorage({ client: failing });
    const error = await storage
      .add({ provider: "corp", issuer: ISSUER, sub: "alice", at: AT })
      .catch((e: unknown) => e);
    expect(isDanceError(error) && error.code).toBe("storage_failed");
    expect((error as Error).message).toMatch(/could not record the logout/);
  });
});
