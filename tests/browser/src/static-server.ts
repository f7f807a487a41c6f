// Serves a folder of built files (the reference site) on 127.0.0.1, read-only, nothing outside it.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ts": "text/plain; charset=utf-8",
  ".json": "application/json",
};

/** A running static server: `origin` is `http://127.0.0.1:<port>`. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root`'s files; `/` and folder paths ending in `/` give their `index.html`. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://site").pathname);
    const file = path.join(base, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(base + path.sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = contentTypes[path.extname(file)] ?? "application/octet-stream";
      res.writeHead(200, { "Content-Type": type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
