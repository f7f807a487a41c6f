// Serves the bundled pages on 127.0.0.1: `/<page>.html` loads `/<page>.js` with the config the test set.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A running page server. */
export interface PageServer {
  /** `http://127.0.0.1:<port>`, the page origin the gateways allow. */
  origin: string;
  /** The URL of a page; its config is read by the page from `#config`. */
  pageUrl(page: string): string;
  /** Sets what `page` reads as its config on every load (the redirect back included). */
  configure(page: string, config: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Serves `scripts` (file name -> code) and an HTML shell per page. */
export async function startPageServer(scripts: Map<string, string>): Promise<PageServer> {
  const configs = new Map<string, Record<string, unknown>>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://pages").pathname;
    const script = scripts.get(path.slice(1));
    if (script !== undefined) {
      res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      return void res.end(script);
    }
    const page = /^\/([\w-]+)\.html$/.exec(path)?.[1];
    if (page && scripts.has(`${page}.js`)) {
      // `<` is escaped so no config value can close the script element.
      const config = JSON.stringify(configs.get(page) ?? {}).replace(/</g, "\\u003c");
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void res.end(
        `<!doctype html><title>${page}</title><script id="config" type="application/json">${config}</script>` +
          `<script type="module" src="/${page}.js"></script><h1>${page}</h1>`,
      );
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageUrl: (page) => `${origin}/${page}.html`,
    configure: (page, config) => configs.set(page, config),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
