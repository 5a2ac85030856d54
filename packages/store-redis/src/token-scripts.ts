// The Lua scripts tokens are read and written with, and a logout key's. A token key is a hash (`v` its version,
// `t` the token); a (provider, user)'s token scripts touch only keys of its one hash tag, so each runs atomically
// and on one cluster slot.

/** The most accounts one (provider, user) keeps: storing one more drops the one stored longest ago. */
export const MAX_ACCOUNTS = 100;

/**
 * What every token script starts with. KEYS[1]: the owner's key, which is the account `""`'s (and the one key from
 * before accounts); KEYS[2]: the sorted set of the owner's accounts, each scored by when it was last stored with
 * `set`; KEYS[3], when the call names an account: that account's key, ARGV[1] its member. A named account's key is
 * KEYS[1] .. '#' .. member, built here for members met in the set: all share KEYS[1]'s hash tag, so its slot.
 */
const ACCOUNTS = `
local function keyOf(member)
  if member == '' then return KEYS[1] end
  return KEYS[1] .. '#' .. member
end

-- The account stored last whose key still exists, dropping members whose key expired on the way; without one,
-- the account '' (the layout from before accounts keeps no set).
local function latest()
  for _, member in ipairs(redis.call('ZREVRANGE', KEYS[2], 0, -1)) do
    if redis.call('EXISTS', keyOf(member)) == 1 then return member end
    redis.call('ZREM', KEYS[2], member)
  end
  return ''
end

-- The member and key a call is about: the account it names, else the one stored last.
local function target()
  if KEYS[3] then return ARGV[1], KEYS[3] end
  local member = latest()
  return member, keyOf(member)
end

-- Drops members whose key expired, and the oldest beyond ${MAX_ACCOUNTS} with their keys, then gives the set the
-- TTL of its longest-lived member, so it never lists an account its key outlived, nor outlives its accounts.
local function retime()
  local live = {}
  for _, member in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
    if redis.call('EXISTS', keyOf(member)) == 1 then live[#live + 1] = member
    else redis.call('ZREM', KEYS[2], member) end
  end
  local over = math.max(#live - ${MAX_ACCOUNTS}, 0)
  for i = 1, over do
    redis.call('DEL', keyOf(live[i]))
    redis.call('ZREM', KEYS[2], live[i])
  end
  if #live == over then return end
  local longest, forever = 1, false
  for i = over + 1, #live do
    local ttl = redis.call('PTTL', keyOf(live[i]))
    if ttl < 0 then forever = true elseif ttl > longest then longest = ttl end
  end
  if forever then redis.call('PERSIST', KEYS[2]) else redis.call('PEXPIRE', KEYS[2], longest) end
end
`;

/** The member of the account stored last (`''` when none is): what a sealed refresh without an account seals for. */
export const LATEST = `${ACCOUNTS}
return latest()`;

/** ARGV[1]: the member. `[version, token, member]` of the account read; version and token nil without a token. */
export const GET = `${ACCOUNTS}
local member, key = target()
local found = redis.call('HMGET', key, 'v', 't')
return {found[1], found[2], member}`;

/**
 * ARGV: member, token, TTL in ms (0: none), the version a new key starts at, now in ms. Returns the new version.
 * A key made anew starts at a random version, so a token deleted and stored again never takes back a version a
 * reader holds. The account becomes the one stored last: its score is now, or one more than the highest score if
 * that is later (another instance's clock ahead), so the order is the order of writes whatever the clocks say.
 */
export const SET = `${ACCOUNTS}
local member, key = ARGV[1], KEYS[3]
if redis.call('EXISTS', key) == 0 then redis.call('HSET', key, 'v', ARGV[4]) end
local version = redis.call('HINCRBY', key, 'v', 1)
redis.call('HSET', key, 't', ARGV[2])
if tonumber(ARGV[3]) > 0 then redis.call('PEXPIRE', key, ARGV[3]) else redis.call('PERSIST', key) end
local score = tonumber(ARGV[5])
local top = redis.call('ZREVRANGE', KEYS[2], 0, 0, 'WITHSCORES')
if top[2] and tonumber(top[2]) >= score then score = tonumber(top[2]) + 1 end
redis.call('ZADD', KEYS[2], string.format('%.0f', score), member)
retime()
return version`;

/**
 * ARGV: member, the expected version, token, TTL in ms, and for a call without an account whose token is sealed,
 * the member it is sealed for. 1 when written, 0 when the version moved on, the key is gone, or the account stored
 * last is no longer the one sealed for. A refresh: the account's place in the set stays, only the set's TTL
 * follows the key's.
 */
export const COMPARE_AND_SET = `${ACCOUNTS}
local member, key = target()
if ARGV[5] and ARGV[5] ~= member then return 0 end
if redis.call('HGET', key, 'v') ~= ARGV[2] then return 0 end
redis.call('HINCRBY', key, 'v', 1)
redis.call('HSET', key, 't', ARGV[3])
if tonumber(ARGV[4]) > 0 then redis.call('PEXPIRE', key, ARGV[4]) else redis.call('PERSIST', key) end
retime()
return 1`;

/** ARGV: member, the expected version. 1 when deleted, 0 when the version moved on or the key is gone. */
export const COMPARE_AND_DELETE = `${ACCOUNTS}
local member, key = target()
if redis.call('HGET', key, 'v') ~= ARGV[2] then return 0 end
redis.call('DEL', key)
redis.call('ZREM', KEYS[2], member)
retime()
return 1`;

/** ARGV[1]: the member. Deletes the account's key and its member. */
export const DELETE = `${ACCOUNTS}
local member, key = target()
redis.call('DEL', key)
redis.call('ZREM', KEYS[2], member)
retime()
return 1`;

/**
 * `[member, token, member, token, ...]`, the account stored last first, dropping members whose key expired; a key
 * of the account '' that the set does not record (the layout from before accounts) comes last.
 */
export const LIST_ACCOUNTS = `${ACCOUNTS}
local listed, recorded = {}, false
for _, member in ipairs(redis.call('ZREVRANGE', KEYS[2], 0, -1)) do
  local token = redis.call('HGET', keyOf(member), 't')
  if token then
    listed[#listed + 1] = member
    listed[#listed + 1] = token
    if member == '' then recorded = true end
  else
    redis.call('ZREM', KEYS[2], member)
  end
end
if not recorded then
  local token = redis.call('HGET', KEYS[1], 't')
  if token then
    listed[#listed + 1] = ''
    listed[#listed + 1] = token
  end
end
return listed`;

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
