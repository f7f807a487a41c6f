import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { timeoutFetch } from "../src/client/timeout-fetch.js";
import { RequestTimeoutError } from "../src/errors/request-timeout-error.js";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server that answers after `delayMs`. */
async function slowServer(delayMs: number): Promise<string> {
  const server = createServer((_req, res) => {
    setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), delayMs);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
}

const realFetch = (request: Request, signal: AbortSignal) => fetch(request, { signal });

it("aborts an attempt whose headers do not arrive in time with RequestTimeoutError naming method and URL", async () => {
  const url = await slowServer(2_000);
  const send = timeoutFetch(realFetch, 150);
  const error = await send(new Request(url)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect((error as RequestTimeoutError).message).toBe(`GET ${url}: no response within 150 ms`);
  expect((error as RequestTimeoutError).code).toBe("request_timeout");
});

it("lets a fast answer through and keeps the caller's own abort", async () => {
  const url = await slowServer(10);
  const send = timeoutFetch(realFetch, 2_000);
  expect(await (await send(new Request(url))).text()).toBe("late");

  const controller = new AbortController();
  const pending = send(new Request(await slowServer(2_000), { signal: controller.signal }));
  controller.abort(new Error("caller gave up"));
  await expect(pending).rejects.toThrow("caller gave up");
});
