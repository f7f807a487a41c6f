// startFakeDynataServer: a real HTTP server on 127.0.0.1 that behaves like the Dynata Demand API.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "@provider-clients/auth";
import {
  createFakeClock,
  type FakeClock,
  readRequestBody,
  startTestServer,
} from "@provider-clients/auth/testing";
import type { FakeUser } from "./fake-auth-store.js";
import { faultReply } from "./fake-fault-replies.js";
import { createFaults, type FakeFaults } from "./fake-faults.js";
import { apiErrorReply, authErrorReply, FakeHttpError, type Reply } from "./fake-http.js";
import { createRouter, type Route, type RouteContext } from "./fake-router.js";
import { FakeDynataState } from "./fake-state.js";
import { authRoutes } from "./routes/auth-routes.js";
import { billingRoutes } from "./routes/billing-routes.js";
import { eventRoutes } from "./routes/event-routes.js";
import { lineItemRoutes } from "./routes/line-item-routes.js";
import { projectRoutes } from "./routes/project-routes.js";
import { referenceRoutes } from "./routes/reference-routes.js";
import { templateRoutes } from "./routes/template-routes.js";

/** The login the fake accepts unless `users` says otherwise. */
export const fakeDynataUser: Readonly<FakeUser> = Object.freeze({
  username: "demo-user",
  password: "demo-password",
});

/** Options for startFakeDynataServer. */
export interface FakeDynataServerOptions<C extends Clock = FakeClock> {
  /** The loopback port to listen on; default 0 (a free one). */
  port?: number | undefined;
  /** The clock token lifetimes run on; a fake clock when absent. Give the client the same one. */
  clock?: C;
  /** Logins the fake accepts; defaults to `fakeDynataUser`. */
  users?: readonly FakeUser[];
  /** Access token lifetime in seconds; defaults to 1800 (Dynata's 30 minutes). */
  accessTokenSeconds?: number;
  /** Refresh token lifetime in seconds; defaults to 86400 (24 hours). */
  refreshTokenSeconds?: number;
}

/** A running fake: its URL (the client's baseUrl), state, fault switchboard and clock. */
export interface FakeDynataServer<C extends Clock = FakeClock> {
  url: string;
  state: FakeDynataState;
  faults: FakeFaults;
  clock: C;
  /** Every implemented route as `METHOD /spec/template`. */
  routes: readonly string[];
  /** Stops the server and ends pending delay faults. */
  close(): Promise<void>;
}

/** Starts the fake Dynata API on a free loopback port. */
export async function startFakeDynataServer<C extends Clock = FakeClock>(
  options: FakeDynataServerOptions<C> = {},
): Promise<FakeDynataServer<C>> {
  const clock = options.clock ?? (createFakeClock() as unknown as C);
  const state = new FakeDynataState({
    clock,
    users: options.users ?? [fakeDynataUser],
    lifetimes: {
      accessTokenSeconds: options.accessTokenSeconds ?? 1800,
      refreshTokenSeconds: options.refreshTokenSeconds ?? 86_400,
    },
  });
  const faults = createFaults();
  const routes = [
    ...authRoutes(state),
    ...projectRoutes(state),
    ...lineItemRoutes(state),
    ...billingRoutes(state),
    ...eventRoutes(state),
    ...referenceRoutes(state),
    ...templateRoutes(state),
  ];
  const router = createRouter(routes);
  const delays = new Set<() => void>();
  let closed = false;

  // Real-time waits for the delay fault; close() ends them all so nothing outlives the server.
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        delays.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      delays.add(done);
    });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", state.origin);
    const method = (request.method ?? "GET").toUpperCase();
    const path = url.pathname;
    const { found, allowed } = router.match(method, path);
    const authRoute = found?.route.kind === "auth";
    const log = (status: number) =>
      state.requests.push({
        method,
        path,
        status,
        authorized: request.headers.authorization !== undefined,
      });

    const fault = faults.take(method, path);
    if (fault?.type === "reset") {
      log(0);
      request.socket.destroy();
      return;
    }
    if (fault?.type === "delay") {
      await wait(fault.ms);
      if (closed) return;
    }
    let reply: Reply;
    if (fault && fault.type !== "delay") {
      reply = faultReply(fault, path, authRoute, clock.now());
    } else if (!found) {
      reply =
        allowed.length > 0
          ? {
              ...apiErrorReply(
                405,
                path,
                [{ message: `use ${allowed.join(" or ")}` }],
                clock.now(),
              ),
              headers: { allow: allowed.join(", ") },
            }
          : apiErrorReply(404, path, [{ message: "no such endpoint" }], clock.now());
    } else {
      reply = await answer(found.route, found.params, request, url);
    }
    write(response, reply, clock.now());
    log(reply.status);
  };

  const answer = async (
    route: Route,
    params: Record<string, string>,
    request: IncomingMessage,
    url: URL,
  ) => {
    let username = "";
    if (route.kind === "api") {
      const match = /^Bearer (\S+)$/.exec(request.headers.authorization ?? "");
      const user = match ? state.auth.verify(match[1]!) : undefined;
      if (!user) {
        return {
          ...apiErrorReply(
            401,
            url.pathname,
            [{ message: match ? "access token is invalid or expired" : "missing bearer token" }],
            clock.now(),
          ),
          headers: { "www-authenticate": "Bearer" },
        };
      }
      username = user;
    }
    let parsed: Promise<unknown> | undefined;
    const ctx: RouteContext = {
      params,
      query: url.searchParams,
      path: url.pathname,
      origin: state.origin,
      username,
      json: () => (parsed ??= readJson(request)),
    };
    try {
      return await route.handle(ctx);
    } catch (error) {
      if (!(error instanceof FakeHttpError)) {
        return apiErrorReply(
          500,
          url.pathname,
          [{ message: "the fake server failed" }],
          clock.now(),
        );
      }
      return route.kind === "auth" && error.status < 500
        ? authErrorReply(error.status, error.authError, error.message)
        : apiErrorReply(error.status, url.pathname, error.details, clock.now());
    }
  };

  const server = await startTestServer(handle, options.port);
  state.origin = server.url;
  return {
    url: server.url,
    state,
    faults,
    clock,
    routes: routes.map((r) => `${r.method} ${r.template}`),
    async close() {
      closed = true;
      for (const done of [...delays]) done();
      await server.close();
    },
  };
}

// JSON bodies only; an empty body reads as undefined.
async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readRequestBody(request);
  if (text.trim() === "") return undefined;
  const type = request.headers["content-type"] ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new FakeHttpError(400, [{ message: "send the body as application/json" }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FakeHttpError(400, [{ message: "the body is not valid JSON" }]);
  }
}

// Dates come from the fake's clock, so clients can detect skew from the Date header.
function write(response: ServerResponse, reply: Reply, now: number): void {
  const headers: Record<string, string> = { date: new Date(now).toUTCString(), ...reply.headers };
  if (reply.status === 204 || (reply.body === undefined && reply.raw === undefined)) {
    response.writeHead(reply.status, headers);
    response.end();
    return;
  }
  const payload = reply.raw ?? JSON.stringify(reply.body);
  headers["content-type"] = reply.contentType ?? "application/json";
  response.writeHead(reply.status, headers);
  response.end(payload);
}
