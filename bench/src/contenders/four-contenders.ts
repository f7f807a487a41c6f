// The four ways to make the same authenticated GET: plain fetch, bare openapi-fetch, ours x2.
import {
  createDynuClient,
  type DynuClient,
  type DynuClientOptions,
  dynuAuth,
  type paths,
} from "@provider-clients/dynu";
import createClient from "openapi-fetch";
import type { Contender } from "../measure/ops-per-second.js";
import { listPath } from "../stub/dynu-answers.js";
import { benchApiKey, benchClientCredentials, type Target } from "./target.js";

/** Contender names, in report order; the bare openapi-fetch one is the baseline. */
export const contenderNames = {
  plainFetch: "plain fetch",
  bare: "bare openapi-fetch",
  apiKey: "ours, API key",
  managed: "ours, managed token (valid)",
} as const;

/** Fails loudly when a benchmark call does not get a 200 with a body, so no figure hides an error. */
function expectOk(result: { data?: unknown; error?: unknown; response: Response }): void {
  if (!result.response.ok || result.data === undefined) {
    throw new Error(`benchmark call failed with HTTP ${result.response.status}`);
  }
}

/** `fetch` by hand: URL, header, status check and JSON parse. */
export function plainFetchContender(target: Target): Contender {
  const url = `${target.baseUrl}${listPath}`;
  return {
    name: contenderNames.plainFetch,
    async call() {
      const response = await target.fetch(url, { headers: { "API-Key": benchApiKey } });
      if (!response.ok) throw new Error(`benchmark call failed with HTTP ${response.status}`);
      return response.json();
    },
  };
}

/** openapi-fetch on the raw generated types, key in the client's default headers. */
export function bareContender(target: Target): Contender {
  const client = createClient<paths>({
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    headers: { "API-Key": benchApiKey },
  });
  return {
    name: contenderNames.bare,
    call: async () => expectOk(await client.GET(listPath)),
  };
}

/** Our Dynu client with a static API key; `extra` switches options off, `wrap` adds an entry point's layer. */
export function apiKeyContender(
  target: Target,
  extra: Partial<DynuClientOptions> = {},
  name: string = contenderNames.apiKey,
  wrap: (client: DynuClient) => DynuClient = (client) => client,
): Contender {
  const plain = createDynuClient({
    auth: dynuAuth.apiKey(benchApiKey),
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    ...(target.clock ? { clock: target.clock } : {}),
    ...extra,
  });
  const client = wrap(plain);
  return { name, call: async () => expectOk(await client.GET(listPath)) };
}

/** Our Dynu client with client credentials; the first call obtains the token, the rest reuse it. */
export async function managedContender(
  target: Target,
  extra: Partial<DynuClientOptions> = {},
  name: string = contenderNames.managed,
): Promise<Contender> {
  const client = createDynuClient({
    auth: dynuAuth.clientCredentials(benchClientCredentials),
    baseUrl: target.baseUrl,
    fetch: target.fetch,
    ...(target.clock ? { clock: target.clock } : {}),
    ...extra,
  });
  const contender = { name, call: async () => expectOk(await client.GET(listPath)) };
  await contender.call();
  return contender;
}

/** The four contenders in report order. */
export async function fourContenders(target: Target): Promise<Contender[]> {
  return [
    plainFetchContender(target),
    bareContender(target),
    apiKeyContender(target),
    await managedContender(target),
  ];
}
