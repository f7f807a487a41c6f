// A local HTTP server that plays the vendor for specs:fetch tests, one scripted answer per path.
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FetchSettings } from "../src/specs/fetch/fetch-provider.js";

export const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", "fetch", name), "utf8");

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts a server on 127.0.0.1:0; `routes` maps a path to its handler; every request is logged. */
export async function startVendor(routes: Record<string, Route>) {
  const requests: { path: string; headers: IncomingMessage["headers"] }[] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", headers: req.headers });
    const route = routes[req.url ?? ""];
    if (route) route(req, res);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fetch settings with a fresh cache folder and captured progress lines. */
export async function settingsFor(extra: Partial<FetchSettings> = {}) {
  const lines: string[] = [];
  const settings: FetchSettings = {
    timeoutMs: 2_000,
    maxBytes: 1024 * 1024,
    cacheDir: await mkdtemp(path.join(tmpdir(), "pc-fetch-cache-")),
    log: (line) => lines.push(line),
    ...extra,
  };
  return { settings, lines };
}
