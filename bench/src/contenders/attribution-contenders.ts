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
    name: "diag: bare + no-op middleware",
    async call() {
      const result = await client.GET(listPath);
      if (!result.response.ok) throw new Error(`HTTP ${result.response.status}`);
    },
  };
}

/** Diagnostic contenders: our client with its timeout and/or retry wrapper switched off. */
export async function attributionContenders(target: Target): Promise<Contender[]> {
  return [
    bareWithNoOpMiddleware(target),
    apiKeyContender(target, { timeoutMs: 0 }, "diag: ours, API key, no timeout"),
    apiKeyContender(target, { retry: false }, "diag: ours, API key, no retry"),
    apiKeyContender(target, { timeoutMs: 0, retry: false }, "diag: ours, API key, neither"),
    await managedContender(target, { timeoutMs: 0, retry: false }, "diag: ours, managed, neither"),
  ];
}
