// @provider-clients/token-store-redis: a TokenStore shared by every process that can reach Redis.
export {
  createRedisTokenStore,
  type RedisTokenStore,
  type RedisTokenStoreOptions,
} from "./create-redis-token-store.js";
