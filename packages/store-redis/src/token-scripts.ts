// The Lua scripts a token key is read and written with (a hash: `v` its version, `t` the token), and a logout key.
// Each script touches only its one key, so it runs atomically and on one cluster slot.

/** `[version, token]`, or nils when there is no token. */
export const GET = `return redis.call('HMGET', KEYS[1], 'v', 't')`;

/**
 * ARGV: token, TTL in ms (0: none), the version a new key starts at. Returns the new version. A key made anew
 * starts at a random version, so a token deleted and stored again never takes back a version a reader holds.
 */
export const SET = `
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('HSET', KEYS[1], 'v', ARGV[3]) end
local version = redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('HSET', KEYS[1], 't', ARGV[1])
if tonumber(ARGV[2]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) else redis.call('PERSIST', KEYS[1]) end
return version`;

/** ARGV: the expected version, token, TTL in ms. 1 when written, 0 when the version moved on or the key is gone. */
export const COMPARE_AND_SET = `
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('HSET', KEYS[1], 't', ARGV[2])
if tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) else redis.call('PERSIST', KEYS[1]) end
return 1`;

/** ARGV: the expected version. 1 when deleted, 0 when the version moved on or the key is gone. */
export const COMPARE_AND_DELETE = `
if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[1])`;

export const DELETE = `return redis.call('DEL', KEYS[1])`;

/** Whether the key holds a token (for tests and operators). */
export const EXISTS = `return redis.call('EXISTS', KEYS[1])`;

/**
 * A logout key holds the logout's time in seconds. ARGV: that time, the TTL in seconds. A later time already
 * recorded is kept (logouts may arrive out of order); 1 when written, 0 when kept.
 */
export const ADD_LOGOUT = `
local current = redis.call('GET', KEYS[1])
if current and tonumber(current) and tonumber(current) > tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1`;

/** The logout's time in seconds, or nil. */
export const GET_LOGOUT = `return redis.call('GET', KEYS[1])`;
