// Lua run inside Redis so each check-and-write is one atomic step.

/**
 * compareAndSet: KEYS[1] = token key; ARGV[1] = "1" when an expected refresh token is given,
 * ARGV[2] = that token, ARGV[3] = the next set as JSON. Returns 1 when written, 0 when the
 * stored refresh token differs (undefined matches "nothing stored or no refresh token").
 */
export const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
local stored = nil
if current then
  local ok, decoded = pcall(cjson.decode, current)
  if not ok then return redis.error_reply('stored token set is not valid JSON') end
  if type(decoded) == 'table' and type(decoded['refreshToken']) == 'string' then
    stored = decoded['refreshToken']
  end
end
if ARGV[1] == '1' then
  if stored ~= ARGV[2] then return 0 end
elseif stored ~= nil then
  return 0
end
redis.call('SET', KEYS[1], ARGV[3])
return 1
`;

/** Deletes KEYS[1] only while it still holds our lock token ARGV[1]. */
export const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Extends KEYS[1]'s expiry to ARGV[2] ms only while it still holds our lock token ARGV[1]. */
export const EXTEND_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
