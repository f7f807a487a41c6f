// The one StaticAuth behind API keys and fixed bearer tokens: a secret sent in one header.
import type { Secret, StaticAuth } from "../types.js";
import { checkHeaderValue } from "./check-header-value.js";
import { resolveSecret } from "./resolve-secret.js";

/** What secretHeaderAuth needs: where the secret goes and how it is written. */
export interface SecretHeaderOptions {
  provider: string;
  secret: Secret;
  header: string;
  format: (secret: string) => string;
  schemes: readonly string[];
  /** Names the secret in errors, e.g. "API key"; never its value. */
  what: string;
}

/**
 * A string secret is formatted once and set synchronously (no await on the request path);
 * a function secret is resolved per request so rotation needs no new client.
 */
export function secretHeaderAuth(options: SecretHeaderOptions): StaticAuth {
  const { secret, header, format } = options;
  const what = `${options.provider} ${options.what}`;
  // A bad string key fails here, at client creation, before any request exists.
  const fixed =
    typeof secret === "string" && secret !== ""
      ? checkHeaderValue(format(secret), what)
      : undefined;
  return {
    kind: "static",
    provider: options.provider,
    schemes: [...options.schemes],
    apply(headers: Headers): void | Promise<void> {
      if (fixed !== undefined) return void headers.set(header, fixed);
      return resolveSecret(secret, what).then((value) => {
        headers.set(header, checkHeaderValue(format(value), what));
      });
    },
  };
}
