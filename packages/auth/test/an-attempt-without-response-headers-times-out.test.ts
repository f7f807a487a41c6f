import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import type { CallContext } from "../src/client/send.js";
import { timeoutSend } from "../src/client/timeout-send.js";
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

const call: CallContext = { fetch: (request, init) => fetch(request, init) };

it("aborts an attempt whose headers do not arrive in time with RequestTimeoutError naming method and URL", async () => {
  const url = await slowServer(2_000);
  const send = timeoutSend(150);
  const error = await send(new Request(url), call).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RequestTimeoutError);
  expect((error as RequestTimeoutError).message).toBe(`GET ${url}: no response within 150 ms`);
  expect((error as RequestTimeoutError).code).toBe("request_timeout");
});

it("lets a fast answer through and keeps the caller's own abort", async () => {
  const url = await slowServer(10);
  const send = timeoutSend(2_000);
  expect(await (await send(new Request(url), call)).text()).toBe("late");

  const controller = new AbortController();
  const request = new Request(await slowServer(2_000), { signal: controller.signal });
  const pending = send(request, { ...call, signal: controller.signal });
  controller.abort(new Error("caller gave up"));
  await expect(pending).rejects.toThrow("caller gave up");
});
