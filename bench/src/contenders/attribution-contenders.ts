// Variants that switch one layer on or off, so a slow ratio can be pinned on a layer.
import type { paths } from "@provider-clients/dynu";
import createClient from "openapi-fetch";
import type { Contender } from "../measure/ops-per-second.js";
import { listPath } from "../stub/dynu-answers.js";
import { apiKeyContender, managedContender } from "./four-contenders.js";
import { benchApiKey, type Target } from "./target.js";

/** openapi-fetch with one do-nothing middleware: the price of its middleware path alone. */
function bareWithNoOpMiddleware(target: Target): Contender {
  const client = createClient<paths>({
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    headers: { "API-Key": benchApiKey },
  });
  client.use({ onRequest: () => undefined, onResponse: () => undefined });
  return {
    name: attributionContenderNames[0],
    async call() {
      const result = await client.GET(listPath);
      if (!result.response.ok) throw new Error(`HTTP ${result.response.status}`);
    },
  };
}

/** Names of the diagnostic contenders, in report order. */
export const attributionContenderNames = [
  "diag: bare + no-op middleware",
  "diag: ours, API key, no timeout",
  "diag: ours, API key, no retry",
  "diag: ours, API key, neither",
  "diag: ours, managed, neither",
] as const;

/** Diagnostic contenders by name: our client with its timeout and/or retry switched off. */
export function attributionContender(
  target: Target,
  name: (typeof attributionContenderNames)[number],
): Promise<Contender> | Contender {
  switch (name) {
    case "diag: bare + no-op middleware":
      return bareWithNoOpMiddleware(target);
    case "diag: ours, API key, no timeout":
      return apiKeyContender(target, { timeoutMs: 0 }, name);
    case "diag: ours, API key, no retry":
      return apiKeyContender(target, { retry: false }, name);
    case "diag: ours, API key, neither":
      return apiKeyContender(target, { timeoutMs: 0, retry: false }, name);
    case "diag: ours, managed, neither":
      return managedContender(target, { timeoutMs: 0, retry: false }, name);
  }
}
