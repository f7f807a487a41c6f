import { expect, it } from "vitest";
import { systemClock } from "../src/clock/system-clock.js";
import { TokenRequestError } from "../src/errors/token-request-error.js";
import { sendJson, startTestServer } from "../src/testing/index.js";
import { requestToken } from "../src/token/request-token.js";
import { tokenSetFromOAuth } from "../src/token/token-set-from-oauth.js";

/** Origin B, the attacker's: records everything it is sent and hands out its own token. */
async function startAttacker() {
  const seen: string[] = [];
  const server = await startTestServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    seen.push(`${request.method} ${request.url} ${body}`);
    sendJson(response, 200, { access_token: "attacker-token", token_type: "bearer" });
  });
  return { ...server, seen };
}

/** Origin A, the token endpoint: answers every request with `status` and a Location on B. */
async function startRedirecting(status: number, location: string) {
  let hits = 0;
  const server = await startTestServer((_request, response) => {
    hits += 1;
    response.writeHead(status, { location });
    response.end();
  });
  return { ...server, hits: () => hits };
}

const grant = (baseUrl: string, fetchImpl: typeof fetch = fetch) =>
  requestToken({
    ctx: { fetch: fetchImpl, baseUrl, clock: systemClock, retry: { retries: 2 } },
    url: "/oauth/token",
    body: new URLSearchParams({ grant_type: "password", password: "correct horse", otp: "123456" }),
    parse: (body) => tokenSetFromOAuth(body, systemClock),
  });

for (const status of [301, 302, 303, 307, 308]) {
  it(`a ${status} from the token endpoint to another origin sends it nothing and is refused once`, async () => {
    const b = await startAttacker();
    const a = await startRedirecting(status, `${b.url}/steal`);
    try {
      const error = await grant(a.url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TokenRequestError);
      expect(error).toMatchObject({ code: "token_request_redirected", attempts: 1 });
      expect((error as Error).message).toContain(`POST ${a.url}/oauth/token`);
      expect((error as Error).message).not.toContain("correct horse");
      expect(a.hits()).toBe(1);
      expect(b.seen).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });
}

it("a 2xx that a redirect-following fetch reached is refused, naming the status", async () => {
  const b = await startAttacker();
  const a = await startRedirecting(303, `${b.url}/steal`);
  // A user-supplied fetch that ignores `redirect: "error"`.
  const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: "follow" });
  try {
    const error = await grant(a.url, following).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "token_request_redirected", status: 200 });
    expect((error as Error).message).toMatch(/answered HTTP 200 after a redirect; refused/);
  } finally {
    await a.close();
    await b.close();
  }
});

it("a 3xx handed back by a manual-redirect fetch is refused, naming the status", async () => {
  const b = await startAttacker();
  const a = await startRedirecting(308, `${b.url}/steal`);
  const manual: typeof fetch = (input, init) => fetch(input, { ...init, redirect: "manual" });
  try {
    const error = await grant(a.url, manual).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "token_request_redirected", status: 308 });
    expect(b.seen).toEqual([]);
  } finally {
    await a.close();
    await b.close();
  }
});
