// A real HTTP server on 127.0.0.1 that behaves like Dynu's API v2 for tests and the tour.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "@provider-clients/auth";
import { readRequestBody, startTestServer } from "@provider-clients/auth/testing";
import { dynuTokenLifetimeSeconds } from "../provider.js";
import { type FakeDynuClient, fakeDynuCredentials } from "./fake-credentials.js";
import * as dns from "./fake-dns-handlers.js";
import { createFakeFaults, type FakeFault, type FakeFaults } from "./fake-faults.js";
import { dynuErrorBody, writeDynuError, writeJson, writeText } from "./fake-responses.js";
import { matchRoute, pathExists } from "./fake-routes.js";
import { type FakeCredentialKind, FakeDynuState } from "./fake-state.js";
import { handleTokenRequest } from "./fake-token-endpoint.js";

/** Options for startFakeDynuServer. */
export interface FakeDynuServerOptions {
  /** Time source for token lifetimes and timestamps; defaults to the system clock. */
  clock?: Pick<Clock, "now">;
  /** API keys accepted in the `API-Key` header; defaults to `fakeDynuCredentials.apiKey`. */
  apiKeys?: readonly string[];
  /** OAuth2 clients the token endpoint accepts; defaults to `fakeDynuCredentials`' client. */
  clients?: readonly FakeDynuClient[];
  /** Access-token lifetime in seconds; Dynu's is 8 hours. */
  tokenLifetimeSeconds?: number;
}

/** A running fake Dynu. */
export interface FakeDynuServer {
  /** The API root to pass as `baseUrl`, e.g. `http://127.0.0.1:40123/v2`. */
  url: string;
  /** `http://127.0.0.1:<port>` without the API path. */
  origin: string;
  /** Domains, records, issued tokens and a log of requests; seed or inspect it. */
  state: FakeDynuState;
  /** Make chosen requests fail (status codes, resets, delays, bad bodies, Retry-After). */
  faults: FakeFaults;
  clock: Pick<Clock, "now">;
  /** Stops the server. */
  close(): Promise<void>;
}

const apiRoot = "/v2";
const handlers: Record<string, (request: dns.DnsRequest) => dns.FakeAnswer> = {
  "GET /dns": dns.listDomains,
  "POST /dns": dns.createDomain,
  "GET /dns/{id}": dns.getDomain,
  "POST /dns/{id}": dns.updateDomain,
  "DELETE /dns/{id}": dns.deleteDomain,
  "GET /dns/{id}/record": dns.listRecords,
  "POST /dns/{id}/record": dns.createRecord,
  "GET /dns/{id}/record/{dnsRecordId}": dns.getRecord,
  "POST /dns/{id}/record/{dnsRecordId}": dns.updateRecord,
  "DELETE /dns/{id}/record/{dnsRecordId}": dns.deleteRecord,
};

/** Starts a fake Dynu on 127.0.0.1 (a free port) with the token endpoint and DNS resources. */
export async function startFakeDynuServer(
  options: FakeDynuServerOptions = {},
): Promise<FakeDynuServer> {
  const clock = options.clock ?? { now: () => Date.now() };
  const state = new FakeDynuState(() => clock.now());
  const faults = createFakeFaults();
  const apiKeys = new Set(options.apiKeys ?? [fakeDynuCredentials.apiKey]);
  const clients = options.clients ?? [
    { clientId: fakeDynuCredentials.clientId, clientSecret: fakeDynuCredentials.clientSecret },
  ];
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? dynuTokenLifetimeSeconds;

  const credentialOf = (request: IncomingMessage): FakeCredentialKind | "invalid" => {
    const key = request.headers["api-key"];
    if (typeof key === "string") return apiKeys.has(key) ? "apiKey" : "invalid";
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    if (bearer) return state.isTokenValid(bearer[1]!) ? "bearer" : "invalid";
    return "none";
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const now = clock.now();
    const method = request.method ?? "GET";
    const { pathname } = new URL(request.url ?? "/", "http://fake");
    const path = pathname.startsWith(apiRoot) ? pathname.slice(apiRoot.length) || "/" : undefined;
    const match = path === undefined ? undefined : matchRoute(method, path);
    if (!match || path === undefined) {
      await drain(request);
      const known = path !== undefined && pathExists(path);
      writeDynuError(response, now, known ? 405 : 404, "Request Exception", "No such endpoint.");
      return;
    }
    const isToken = match.route === "GET /oauth2/token";
    if (isToken) state.tokenRequests += 1;
    const credential = isToken ? "none" : credentialOf(request);
    // Token requests are counted, not logged: their log would only hold secrets.
    const log = (status: number) => {
      if (isToken) return;
      const kind = credential === "invalid" ? "none" : credential;
      state.requests.push({ method, path, credential: kind, status });
    };
    const fault = faults.take(match.route);
    if (fault) {
      const answered = await applyFault(fault, request, response, now);
      if (answered !== undefined) {
        log(answered);
        return;
      }
    }
    if (isToken) {
      await drain(request);
      handleTokenRequest(request, response, { state, clients, lifetimeSeconds, now: clock.now() });
      return;
    }
    if (credential === "none" || credential === "invalid" || fault?.kind === "unauthorized") {
      await drain(request);
      log(401);
      writeDynuError(
        response,
        clock.now(),
        401,
        "Authentication Exception",
        "Authentication failed.",
      );
      return;
    }
    const text = await readRequestBody(request);
    let body: unknown;
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        log(502);
        writeDynuError(
          response,
          clock.now(),
          502,
          "Parse Exception",
          "The request body is not JSON.",
        );
        return;
      }
    }
    const answer = handlers[match.route]!({ state, params: match.params, body });
    log(answer.status);
    if ("error" in answer) {
      writeDynuError(response, clock.now(), answer.status, answer.error, answer.message);
    } else {
      writeJson(response, clock.now(), answer.status, answer.body);
    }
  };

  const server = await startTestServer(handle);
  return {
    url: `${server.url}${apiRoot}`,
    origin: server.url,
    state,
    faults,
    clock,
    close: () => server.close(),
  };
}

/**
 * Carries out a fault. Returns the status it answered with (0 for a dropped connection), or
 * undefined when the request should now be handled normally (a delay, or a 401 written later).
 */
async function applyFault(
  fault: FakeFault,
  request: IncomingMessage,
  response: ServerResponse,
  now: number,
): Promise<number | undefined> {
  switch (fault.kind) {
    case "delay":
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return undefined;
    case "unauthorized":
      return undefined;
    case "reset":
      request.socket.destroy();
      return 0;
    case "status":
      await drain(request);
      writeJson(
        response,
        now,
        fault.status,
        fault.body ?? dynuErrorBody(fault.status, "Server Exception", "Injected failure."),
        fault.headers,
      );
      return fault.status;
    case "invalid-json":
      await drain(request);
      writeText(response, now, fault.status ?? 200, "application/json", '{"statusCode":200,"dom');
      return fault.status ?? 200;
    case "html":
      await drain(request);
      writeText(
        response,
        now,
        fault.status ?? 502,
        "text/html; charset=utf-8",
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
      );
      return fault.status ?? 502;
    case "retry-after": {
      await drain(request);
      const status = fault.status ?? 429;
      writeJson(
        response,
        now,
        status,
        dynuErrorBody(status, "Quota Exception", "Too many requests."),
        { "retry-after": String(fault.seconds) },
      );
      return status;
    }
  }
}

// Reads and discards a request body so the connection can be reused.
async function drain(request: IncomingMessage): Promise<void> {
  for await (const _ of request) {
    // discard
  }
}
