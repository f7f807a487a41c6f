// An in-process `fetch` that answers on the next tick, so only client-side work is measured.
import { jsonHeaders, listBody, tokenBody, tokenPath } from "./dynu-answers.js";

/** A stubbed fetch plus how many token requests it has answered. */
export interface StubbedFetch {
  fetch: typeof globalThis.fetch;
  tokenRequests(): number;
}

/** Answers the token path with a fresh token and anything else with the DNS list, after one tick. */
export function nextTickFetch(): StubbedFetch {
  let tokens = 0;
  const fetch = (input: RequestInfo | URL, _init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const body = url.endsWith(tokenPath) ? tokenBody(++tokens) : listBody;
    return new Promise((resolve) => {
      process.nextTick(() => resolve(new Response(body, { status: 200, headers: jsonHeaders })));
    });
  };
  return { fetch, tokenRequests: () => tokens };
}
