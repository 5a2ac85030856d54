// The one thing RedisStorage asks of a client: run a Lua script on keys of one hash tag. node-redis (v4, v5, its cluster client)
// and ioredis (and its Cluster) both can, each in its own way; nothing here imports either.

/** A node-redis client (`createClient()`, `createCluster()`): `eval(script, { keys, arguments })`. */
export interface NodeRedisLike {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/** An ioredis client (`new Redis()`, `new Cluster()`): `eval(script, numberOfKeys, ...keysAndArgs)`. */
export interface IoRedisLike {
  eval(script: string, numberOfKeys: number, ...keysAndArgs: string[]): Promise<unknown>;
  /** ioredis's own method, which tells its clients apart from node-redis's. */
  defineCommand(name: string, definition: { numberOfKeys?: number; lua: string }): void;
}

export type RedisClientLike = NodeRedisLike | IoRedisLike;

/**
 * Runs `script` with `keys`, which must share one hash tag: atomic, and cluster-safe, since every command the
 * script runs touches that one slot.
 */
export function runScript(
  client: RedisClientLike,
  script: string,
  keys: string[],
  args: string[],
): Promise<unknown> {
  if (isIoRedis(client)) return client.eval(script, keys.length, ...keys, ...args);
  return client.eval(script, { keys, arguments: args });
}

export function isRedisClient(value: unknown): value is RedisClientLike {
  return typeof (value as { eval?: unknown } | null)?.eval === "function";
}

function isIoRedis(client: RedisClientLike): client is IoRedisLike {
  return typeof (client as Partial<IoRedisLike>).defineCommand === "function";
}
