// A fixed bearer token (e.g. a personal access token) sent on every request.
import type { Secret, StaticAuth } from "../types.js";
import { resolveSecret } from "./resolve-secret.js";

/** Options for bearerAuth. */
export interface BearerAuthOptions {
  provider: string;
  token: Secret;
  schemes: readonly string[];
}

/** A StaticAuth that sets `Authorization: Bearer <token>`. */
export function bearerAuth(options: BearerAuthOptions): StaticAuth {
  const { token } = options;
  return {
    kind: "static",
    provider: options.provider,
    schemes: [...options.schemes],
    async apply(headers: Headers): Promise<void> {
      headers.set(
        "Authorization",
        `Bearer ${await resolveSecret(token, `${options.provider} bearer token`)}`,
      );
    },
  };
}
