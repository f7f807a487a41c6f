// The loopback end of an OAuth redirect (RFC 8252 section 7.3): one HTTP listener on 127.0.0.1 for the browser to land on.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ProviderClientError } from "../errors/provider-client-error.js";

/** A redirect that reached the listener, and how to answer the browser that brought it. */
export interface LoopbackRedirect {
  /** The query the provider sent back (`code` and `state`, or `error`). */
  params: URLSearchParams;
  /** Tells the user in the browser how the login ended, then frees the socket. */
  reply(outcome: { ok: boolean; message: string }): void;
}

/** A listener waiting for one redirect to `redirectUri`. */
export interface LoopbackListener {
  /** The redirect URI with the port actually bound (when the given one said 0). */
  redirectUri: string;
  /** The first request to the redirect path; other paths get 404 and are ignored. */
  next(signal?: AbortSignal): Promise<LoopbackRedirect>;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Listens on the redirect URI's loopback address and port; refuses any other host. */
export async function listenForRedirect(redirectUri: string): Promise<LoopbackListener> {
  const target = new URL(redirectUri);
  if (target.protocol !== "http:" || !loopbackHosts.has(target.hostname)) {
    throw new ProviderClientError(
      `the redirect URI must be http on a loopback address (127.0.0.1), got ${target.origin}`,
      { code: "invalid_options" },
    );
  }
  const waiting: Array<(redirect: LoopbackRedirect) => void> = [];
  const arrived: LoopbackRedirect[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method !== "GET" || url.pathname !== target.pathname) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found\n");
      return;
    }
    const redirect: LoopbackRedirect = {
      params: url.searchParams,
      reply({ ok, message }) {
        response
          .writeHead(ok ? 200 : 400, {
            "content-type": "text/html; charset=utf-8",
            "cache-control": "no-store",
          })
          .end(page(message));
      },
    };
    const taker = waiting.shift();
    if (taker) taker(redirect);
    else arrived.push(redirect);
  });
  const host = target.hostname === "[::1]" ? "::1" : "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(target.port || 80), host, () => resolve());
  });
  const bound = new URL(target);
  bound.port = String((server.address() as AddressInfo).port);
  return {
    redirectUri: bound.toString(),
    next(signal) {
      const ready = arrived.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal?.reason);
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push((redirect) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(redirect);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// A page with no script and nothing from the query: the message is ours.
function page(message: string): string {
  const text = message.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html><meta charset="utf-8"><title>${text}</title><p>${text}</p>\n`;
}
