// @oauth-dance/store-redis: OAuth tokens and back-channel logouts in Redis (node-redis or ioredis), shared.

export { DEFAULT_LOGOUT_KEY_PREFIX } from "./logout-key.js";
export type { IoRedisLike, NodeRedisLike, RedisClientLike } from "./redis-client.js";
export { RedisStorage } from "./redis-storage.js";
export type { RedisStorageOptions } from "./redis-storage-options.js";
export { DEFAULT_KEY_PREFIX } from "./token-key.js";
