// The `dynataAuth` object: every way to authenticate against the Dynata Demand API.
import { passwordAuth } from "./password.js";

export type { DynataPasswordOptions } from "./password.js";

/** Credentials for `createDynataClient({ auth })`. */
export const dynataAuth = {
  /** Logs in with username and password; refreshes silently and logs in again when the refresh token is spent. */
  password: passwordAuth,
};
