// A fixed bearer token (e.g. a personal access token) sent on every request.
import type { Secret, StaticAuth } from "../types.js";
import { secretHeaderAuth } from "./secret-header-auth.js";

/** Options for bearerAuth. */
export interface BearerAuthOptions {
  provider: string;
  token: Secret;
  schemes: readonly string[];
}

/** A StaticAuth that sets `Authorization: Bearer <token>`. */
export function bearerAuth(options: BearerAuthOptions): StaticAuth {
  return secretHeaderAuth({
    provider: options.provider,
    secret: options.token,
    header: "Authorization",
    format: (token) => `Bearer ${token}`,
    schemes: options.schemes,
    what: "bearer token",
  });
}
