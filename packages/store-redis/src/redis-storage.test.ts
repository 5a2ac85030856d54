// RedisStorage's own behaviour against the Redis on 127.0.0.1:6379: keys, expiry, sealing, options, and outages.
import { randomUUID } from "node:crypto";
import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";
import { isDanceError, type TokenContext } from "@oauth-dance/core";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisStorage } from "./redis-storage.js";
import type { RedisStorageOptions } from "./redis-storage-options.js";

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
const ctx = (userId?: string, provider = "github"): TokenContext => ({
  provider,
  config: userId === undefined ? {} : { userId },
});

function store(options: Partial<RedisStorageOptions> = {}): RedisStorage {
  const keyPrefix = `oauth-dance-test:${randomUUID()}:`;
  prefixes.push(keyPrefix);
  return new RedisStorage({ client: redis, keyPrefix, now: () => NOW, ...options });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => "no error",
    (error: unknown) => error,
  );
}

describe("RedisStorage keys", () => {
  it("puts provider and user in one hash tag, percent-encoded, so no pair can name another's key", () => {
    const storage = store({ keyPrefix: "p:" });
    expect(storage.keyOf("github", "42")).toBe("p:{github:42}");
    expect(storage.keyOf("github", undefined)).toBe("p:{github}");
    expect(storage.keyOf("github", "a}b:{c")).toBe("p:{github:a%7Db%3A%7Bc}");
    expect(storage.keyOf("a:b", "c")).not.toBe(storage.keyOf("a", "b:c"));
  });

  it("reads no token and refuses to write one without a user, unless userRequired is false", async () => {
    const storage = store();
    expect(await storage.get(ctx())).toBeUndefined();
    const refused = await failure(storage.set(ctx(), { access_token: "a" }));
    expect(isDanceError(refused) && refused.code).toBe("storage_failed");
    const shared = store({ userRequired: false });
    await shared.set(ctx(), { access_token: "a" });
    expect(await shared.get(ctx())).toEqual({ access_token: "a" });
  });
});

describe("RedisStorage expiry", () => {
  it("keeps a token without a refresh token until its expiry plus the margin", async () => {
    const storage = store({ expiryMargin: 60 });
    await storage.set(ctx("alice"), { access_token: "a", expires_at: NOW / 1000 + 600 });
    const ttl = await redis.pTTL(storage.keyOf("github", "alice"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(660_000);
  });

  it("keeps a refreshable token until deleted, or for refreshableTtl after each write", async () => {
    const forever = store();
    await forever.set(ctx("alice"), { access_token: "a", refresh_token: "r", expires_at: NOW / 1000 + 600 });
    expect(await redis.pTTL(forever.keyOf("github", "alice"))).toBe(-1);
    const bounded = store({ refreshableTtl: 3600 });
    await bounded.set(ctx("alice"), { access_token: "a", refresh_token: "r", expires_at: NOW / 1000 + 600 });
    const ttl = await redis.pTTL(bounded.keyOf("github", "alice"));
    expect(ttl).toBeGreaterThan(600_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  });

  it("drops the TTL when a token that expired becomes one that does not", async () => {
    const storage = store();
    await storage.set(ctx("alice"), { access_token: "a", expires_at: NOW / 1000 + 600 });
    await storage.set(ctx("alice"), { access_token: "b" });
    expect(await redis.pTTL(storage.keyOf("github", "alice"))).toBe(-1);
  });
});

describe("RedisStorage sealing", () => {
  const encrypt = { secret: "a-secret-of-at-least-thirty-two-characters" };

  it("keeps no token text in Redis, and a seal moved to another user's key opens nothing", async () => {
    const storage = store({ encrypt });
    await storage.set(ctx("alice"), { access_token: "alice-access-token" });
    const raw = await redis.hGet(storage.keyOf("github", "alice"), "t");
    expect(raw).toMatch(/^Fe26\.2\*/);
    expect(raw).not.toContain("alice-access-token");
    await redis.hSet(storage.keyOf("github", "mallory"), { v: "1", t: raw as string });
    expect(await storage.get(ctx("mallory"))).toBeUndefined();
    expect(await storage.get(ctx("alice"))).toEqual({ access_token: "alice-access-token" });
  });

  it("reads a plain token as none when sealing is on: anyone who can write to Redis could have put it there", async () => {
    const storage = store({ encrypt });
    await redis.hSet(storage.keyOf("github", "alice"), {
      v: "1",
      t: JSON.stringify({ access_token: "planted" }),
    });
    expect(await storage.get(ctx("alice"))).toBeUndefined();
  });
});

describe("RedisStorage options", () => {
  it.each([
    [{ client: {} }, /client must be a node-redis client/],
    [{ keyPrefix: "tokens:{x}:" }, /keyPrefix must be a string without \{ or \}/],
    [{ user: "alice" }, /user must be a function/],
    [{ expiryMargin: -1 }, /expiryMargin must be a number of seconds/],
    [{ timeout: 0 }, /timeout must be a positive number/],
    [{ encrypt: { secret: "short" } }, /encrypt\.secret must be at least 32 characters/],
  ])("names the bad option (%o)", (options, message) => {
    const attempt = () => new RedisStorage({ client: redis, ...options } as RedisStorageOptions);
    expect(attempt).toThrow(message);
  });
});

describe("RedisStorage when Redis stops answering", () => {
  /** A TCP relay to Redis that can stop passing bytes on (a network partition) and start again. */
  let relay: Server;
  let port: number;
  let held = false;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    relay = createServer((client) => {
      const upstream = tcpConnect(6379, "127.0.0.1");
      sockets.add(client).add(upstream);
      const queue: Buffer[] = [];
      client.on("data", (chunk: Buffer) => {
        if (held) queue.push(chunk);
        else upstream.write(chunk);
      });
      relayQueues.add(() => {
        for (const chunk of queue.splice(0)) upstream.write(chunk);
      });
      upstream.pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    port = (relay.address() as { port: number }).port;
  });
  const relayQueues = new Set<() => void>();
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => relay.close(resolve));
  });

  it("fails the call with storage_failed within the timeout, loses nothing, and the next call works", async () => {
    const client = await createClient({ url: `redis://127.0.0.1:${port}` }).connect();
    try {
      const storage = store({ client, timeout: 200 });
      await storage.set(ctx("alice"), { access_token: "kept" });
      held = true;
      const failed = await failure(storage.get(ctx("alice")));
      expect(isDanceError(failed) && failed.code).toBe("storage_failed");
      expect((failed as Error).message).toMatch(
        /RedisStorage could not read the token: Redis did not answer within 200 ms/,
      );
      held = false;
      for (const flush of relayQueues) flush();
      expect(await storage.get(ctx("alice"))).toEqual({ access_token: "kept" });
    } finally {
      held = false;
      await client.quit();
    }
  });

  it("fails with storage_failed at once when the client refuses commands while disconnected", async () => {
    const client = await createClient({
      url: `redis://127.0.0.1:${port}`,
      disableOfflineQueue: true,
    }).connect();
    const storage = store({ client });
    await client.disconnect();
    const failed = await failure(storage.get(ctx("alice")));
    expect(isDanceError(failed) && failed.code).toBe("storage_failed");
  });
});
