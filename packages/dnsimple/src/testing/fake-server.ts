// A fake DNSimple on 127.0.0.1: the OAuth code flow, whoami, domains, zones and records, with quotas and faults.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { type Clock, systemClock } from "@provider-clients/auth";
import { readRequestBody, startTestServer } from "@provider-clients/auth/testing";
import type { FakeAccount, FakeOAuthApp } from "./fake-records.js";
import { createFakeState, type FakeDnsimpleState } from "./fake-state.js";
import { createFaults, type FakeFaults, type FaultKind } from "./faults.js";
import { createRateLimiter, type RateLimitOptions } from "./rate-limiter.js";
import { createRouter, type FakeReply, type FakeRequest } from "./router.js";
import { domainRoutes } from "./routes/domain-routes.js";
import { identityRoutes } from "./routes/identity-routes.js";
import { oauthRoutes } from "./routes/oauth-routes.js";
import { recordRoutes } from "./routes/record-routes.js";
import { zoneRoutes } from "./routes/zone-routes.js";

/** Options for startFakeDnsimpleServer. */
export interface FakeDnsimpleServerOptions {
  /** The loopback port to listen on; default 0 (a free one). */
  port?: number | undefined;
  /** Time source for timestamps, code lifetimes and quota windows; defaults to the system clock. */
  clock?: Clock;
  /** The hourly quota reported in X-RateLimit-* headers. */
  rateLimit?: RateLimitOptions;
  /** How long an authorization code stays valid; default 10 minutes. */
  codeLifetimeMs?: number;
}

/** One request the fake server received (no headers or bodies, so no secrets). */
export interface FakeRequestLogEntry {
  method: string;
  path: string;
  status: number;
}

/** A running fake DNSimple. */
export interface FakeDnsimpleServer {
  /** The API base URL to pass as `baseUrl`, e.g. `http://127.0.0.1:4321/v2`. */
  url: string;
  /** The web host's authorize page, to pass as `authorizeEndpoint`. */
  authorizeEndpoint: string;
  /** The seeded account (id, email) that tokens and the authorize page use by default. */
  account: FakeAccount;
  /** An access token for the seeded account, as from the DNSimple dashboard. */
  accessToken: string;
  /** A registered OAuth application (client id, secret, redirect URI). */
  app: FakeOAuthApp;
  state: FakeDnsimpleState;
  faults: FakeFaults;
  clock: Clock;
  /** Every request received so far, oldest first. */
  requests: readonly FakeRequestLogEntry[];
  /** How many requests matched `method` and `path` (exact path or pattern). */
  count(method: string, path: string | RegExp): number;
  /**
   * Plays the user on the authorize page: requests `authorizeUrl` and returns the redirect
   * target (the app's redirect URI with `code` and `state`, or an `error`).
   */
  authorize(authorizeUrl: string): Promise<string>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port, seeded with one account, token and OAuth app. */
export async function startFakeDnsimpleServer(
  options: FakeDnsimpleServerOptions = {},
): Promise<FakeDnsimpleServer> {
  const clock = options.clock ?? systemClock;
  const state = createFakeState(clock);
  const faults = createFaults();
  const limiter = createRateLimiter(clock, options.rateLimit);
  const deps = { state, clock, codeLifetimeMs: options.codeLifetimeMs ?? 600_000 };
  const router = createRouter([
    ...oauthRoutes(deps),
    ...identityRoutes(deps),
    ...domainRoutes(deps),
    ...zoneRoutes(deps),
    ...recordRoutes(deps),
  ]);
  const requests: FakeRequestLogEntry[] = [];

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const url = new URL(incoming.url ?? "/", "http://fake.invalid");
    const entry = { method: incoming.method ?? "GET", path: url.pathname, status: 0 };
    requests.push(entry);
    const request: FakeRequest = {
      method: entry.method,
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      contentType: incoming.headers["content-type"] ?? "",
      rawBody: await readRequestBody(incoming),
    };
    const token = bearerToken(incoming.headers.authorization);
    const isApi = url.pathname.startsWith("/v2/");
    const quotaKey = token ?? `anonymous:${incoming.socket.remoteAddress ?? ""}`;

    const fault = faults.take(incoming, url.pathname);
    if (fault?.kind === "reset") {
      entry.status = -1;
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === "delay") await delay(fault.ms);
    else if (fault) {
      const reply = faultReply(fault, clock, limiter.peek(quotaKey));
      entry.status = reply.status;
      return send(outgoing, reply, clock);
    }

    let quota: Record<string, string> = {};
    if (isApi) {
      const verdict = limiter.hit(quotaKey);
      quota = verdict.headers;
      if (!verdict.allowed) {
        entry.status = 429;
        return send(
          outgoing,
          { status: 429, body: { message: "quota exceeded" }, headers: quota },
          clock,
        );
      }
    }
    const reply = await route(request, token);
    entry.status = reply.status;
    send(outgoing, { ...reply, headers: { ...quota, ...reply.headers } }, clock);
  };

  const route = async (request: FakeRequest, token: string | undefined): Promise<FakeReply> => {
    const match = router.match(request.method, request.path);
    if (match === undefined) return { status: 404, body: { message: "Not Found" } };
    if (match === "method-not-allowed")
      return { status: 405, body: { message: "Method Not Allowed" } };
    if (!match.route.authenticated) {
      return match.route.handle({ request, params: match.params, grant: { accountId: 0 } });
    }
    const grant = token === undefined ? undefined : state.tokens.get(token);
    if (!grant) return { status: 401, body: { message: "Authentication failed" } };
    return match.route.handle({ request, params: match.params, grant });
  };

  const server = await startTestServer(handle, options.port);
  const account = state.addAccount("owner@example.test");
  const app = state.addApp({
    clientId: "fake-client-id",
    clientSecret: "fake-client-secret",
    redirectUri: "https://app.example.test/oauth/callback",
  });
  return {
    url: `${server.url}/v2`,
    authorizeEndpoint: `${server.url}/oauth/authorize`,
    account,
    accessToken: state.issueToken({ accountId: account.id }),
    app,
    state,
    faults,
    clock,
    requests,
    count: (method, path) =>
      requests.filter(
        (r) =>
          r.method === method.toUpperCase() &&
          (typeof path === "string" ? r.path === path : path.test(r.path)),
      ).length,
    async authorize(authorizeUrl) {
      const response = await fetch(authorizeUrl, { redirect: "manual" });
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) {
        throw new Error(`authorize page answered HTTP ${response.status} without a redirect`);
      }
      return location;
    },
    close: () => server.close(),
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return match?.[1];
}

function faultReply(
  fault: Exclude<FaultKind, { kind: "reset" } | { kind: "delay" }>,
  clock: Pick<Clock, "now">,
  quota: Record<string, string>,
): FakeReply {
  switch (fault.kind) {
    case "status":
      return {
        status: fault.status,
        body: fault.body ?? { message: `injected HTTP ${fault.status}` },
        headers: { ...quota, ...fault.headers },
      };
    case "invalid-json":
      return {
        status: fault.status ?? 200,
        raw: { contentType: "application/json", text: "{not json" },
      };
    case "html":
      return {
        status: fault.status ?? 502,
        html: "<!doctype html><title>Bad gateway</title><h1>502</h1>",
      };
    case "rate-limited": {
      const resetAt = Math.ceil(clock.now() / 1000) + (fault.resetInSeconds ?? 60);
      const headers: Record<string, string> = {
        ...quota,
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": String(resetAt),
      };
      if (fault.retryAfterSeconds !== undefined)
        headers["Retry-After"] = String(fault.retryAfterSeconds);
      return { status: 429, body: { message: "quota exceeded" }, headers };
    }
  }
}

function send(outgoing: ServerResponse, reply: FakeReply, clock: Pick<Clock, "now">): void {
  // DNSimple tags every answer with a request id; Date follows the fake clock so skew can be staged.
  const headers: Record<string, string> = {
    Date: new Date(clock.now()).toUTCString(),
    "X-Request-Id": randomUUID(),
    ...reply.headers,
  };
  if (reply.location) {
    outgoing.writeHead(reply.status, { ...headers, location: reply.location });
    outgoing.end();
  } else if (reply.raw) {
    outgoing.writeHead(reply.status, { ...headers, "content-type": reply.raw.contentType });
    outgoing.end(reply.raw.text);
  } else if (reply.html !== undefined) {
    outgoing.writeHead(reply.status, { ...headers, "content-type": "text/html; charset=utf-8" });
    outgoing.end(reply.html);
  } else if (reply.body === undefined) {
    outgoing.writeHead(reply.status, headers);
    outgoing.end();
  } else {
    outgoing.writeHead(reply.status, { ...headers, "content-type": "application/json" });
    outgoing.end(JSON.stringify(reply.body));
  }
}
