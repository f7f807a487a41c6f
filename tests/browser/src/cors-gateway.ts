// A loopback front for a fake provider that answers the browser's CORS checks as a vendor allowing the page's origin would.
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** A running gateway: `url` replaces the fake's URL in the page's config. */
export interface CorsGateway {
  url: string;
  /** Origins seen on requests, to prove the calls were cross-origin. */
  readonly origins: Set<string>;
  close(): Promise<void>;
}

/** Options: the fake to forward to, the page origin to allow, and an optional consent page path. */
export interface CorsGatewayOptions {
  target: string;
  allowOrigin: () => string;
  /** GET requests to this path first show an "Approve" page, as the vendor's sign-in page would. */
  consentPath?: string;
}

/** Starts the gateway on 127.0.0.1, port 0. */
export async function startCorsGateway(options: CorsGatewayOptions): Promise<CorsGateway> {
  const origins = new Set<string>();
  const target = new URL(options.target);
  const server = createServer((req, res) => {
    const origin = req.headers.origin;
    if (origin) origins.add(origin);
    if (origin === options.allowOrigin()) allowOrigin(res, origin);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      return answerPreflight(req, res, origin === options.allowOrigin());
    }
    const url = new URL(req.url ?? "/", "http://gateway");
    if (req.method === "GET" && url.pathname === options.consentPath) {
      if (url.searchParams.get("consent") !== "approve") return sendConsentPage(res, url);
      url.searchParams.delete("consent");
    }
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...corsHeaders(res) });
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, "")}`,
    origins,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function allowOrigin(res: ServerResponse, origin: string): void {
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Access-Control-Expose-Headers", "*");
  res.setHeader("Vary", "Origin");
}

// Headers set so far by allowOrigin, so they survive the upstream's writeHead.
function corsHeaders(res: ServerResponse): Record<string, string> {
  const names = ["access-control-allow-origin", "access-control-expose-headers", "vary"];
  return Object.fromEntries(
    names.flatMap((name) => {
      const value = res.getHeader(name);
      return value === undefined ? [] : [[name, String(value)]];
    }),
  );
}

function answerPreflight(req: IncomingMessage, res: ServerResponse, allowed: boolean): void {
  if (!allowed) return void res.writeHead(403).end();
  res.writeHead(204, {
    "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE",
    "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "",
    "Access-Control-Max-Age": "600",
  });
  res.end();
}

// The vendor's sign-in and consent screen, reduced to one button; approving sends the same query on.
function sendConsentPage(res: ServerResponse, url: URL): void {
  const hidden = [...url.searchParams, ["consent", "approve"]]
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name!)}" value="${escapeHtml(value!)}">`,
    )
    .join("");
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><title>Authorize</title><h1>Allow ${escapeHtml(url.searchParams.get("client_id") ?? "")}?</h1>` +
      `<form method="get" action="${escapeHtml(url.pathname)}">${hidden}<button id="approve">Approve</button></form>`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
