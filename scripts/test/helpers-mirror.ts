// A mirror that stands in for the vendors in specs:update tests: a folder, optionally served over HTTP.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** A fresh empty mirror folder inside `under` (so it goes away with it). */
export async function newMirror(under: string): Promise<string> {
  await mkdir(under, { recursive: true });
  return mkdtemp(path.join(under, "mirror-"));
}

/** Writes `text` where specs:update looks for it: `<mirror>/<provider>/<upstream file name>`. */
export async function putInMirror(
  mirror: string,
  provider: string,
  fileName: string,
  text: string,
) {
  await mkdir(path.join(mirror, provider), { recursive: true });
  await writeFile(path.join(mirror, provider, fileName), text);
}

/** Serves `mirror` read-only on 127.0.0.1:0; records every requested path. */
export async function serveMirror(mirror: string) {
  const requested: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requested.push(url.pathname);
    const file = path.join(mirror, path.normalize(url.pathname));
    if (!file.startsWith(mirror + path.sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
