// Turns a Secret (string or possibly async getter) into the string to send.
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { Secret } from "../types.js";

/** Resolves a string or (async) secret provider; rejects an empty result without echoing it. */
export async function resolveSecret(secret: Secret, what = "secret"): Promise<string> {
  const value = typeof secret === "function" ? await secret() : secret;
  if (typeof value !== "string" || value.length === 0) {
    throw new ProviderClientError(`${what} is empty or not a string`, { code: "invalid_secret" });
  }
  return value;
}
