// RedisStorage passes the storage conformance suite of @oauth-dance/core against the Redis on 127.0.0.1:6379,
// through node-redis and through ioredis, plain and sealed.
import { randomUUID } from "node:crypto";
import { describeStorageConformance } from "@oauth-dance/core/testing/storage";
import { Redis } from "ioredis";
import { createClient } from "redis";
import { afterAll, beforeAll } from "vitest";
import { RedisStorage } from "./redis-storage.js";
import type { RedisStorageOptions } from "./redis-storage-options.js";

const URL = "redis://127.0.0.1:6379";
const nodeRedis = createClient({ url: URL });
const ioredis = new Redis(URL, { lazyConnect: true });
beforeAll(async () => {
  await Promise.all([nodeRedis.connect(), ioredis.connect()]);
});
afterAll(async () => {
  await Promise.all([nodeRedis.quit(), ioredis.quit()]);
});

const VARIANTS: [string, RedisStorageOptions["client"], Partial<RedisStorageOptions>][] = [
  ["node-redis", nodeRedis, {}],
  ["ioredis", ioredis, {}],
  [
    "node-redis, with encrypt",
    nodeRedis,
    { encrypt: { secret: "a-secret-of-at-least-thirty-two-characters" } },
  ],
];

for (const [variant, client, options] of VARIANTS) {
  describeStorageConformance(`RedisStorage (${variant})`, async () => {
    // A prefix of its own for each test, and every key it made removed afterwards.
    const keyPrefix = `oauth-dance-test:${randomUUID()}:`;
    const storage = new RedisStorage({ client, keyPrefix, userRequired: false, ...options });
    return {
      storage,
      countRows: async (provider, user) => ((await storage.has(provider, user)) ? 1 : 0),
      close: async () => {
        const keys = await nodeRedis.keys(`${keyPrefix}*`);
        if (keys.length > 0) await nodeRedis.del(keys);
      },
    };
  });
}
