// @oauth-dance/store-redis: OAuth tokens in Redis (node-redis or ioredis), shared by every app instance.
export type { IoRedisLike, NodeRedisLike, RedisClientLike } from "./redis-client.js";
export { RedisStorage } from "./redis-storage.js";
export type { RedisStorageOptions } from "./redis-storage-options.js";
export { DEFAULT_KEY_PREFIX } from "./token-key.js";
