// Dynata's password login and refresh (JSON token endpoints under /auth/v1) against the fake Dynata.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import {
  type FaultSpec,
  fakeDynataUser,
  startFakeDynataServer,
} from "@provider-clients/dynata/testing";
import { createSteppingClock } from "../support/stepping-clock.js";
import { createWireLog, type RequestKind } from "../support/wire-log.js";
import {
  collectingTokens,
  type FlowOptions,
  type FlowRun,
  settle,
  type TokenFault,
  type TokenFlow,
  timing,
} from "./token-flow.js";

/** Dynata's access tokens live 30 minutes. */
export const dynataAccessTokenMs = 1_800_000;

/** Which Dynata endpoint a path is. */
export function dynataKind(path: string): RequestKind {
  if (path === "/auth/v1/token/password") return "password";
  if (path === "/auth/v1/token/refresh") return "refresh";
  if (path === "/auth/v1/logout") return "revoke";
  return "api";
}

/** The fake Dynata's version of a token fault. */
export function dynataFault(fault: TokenFault): FaultSpec {
  switch (fault.kind) {
    case "status":
      return { kind: "status", status: fault.status };
    case "reset":
      return { kind: "reset" };
    case "timeout":
      return { kind: "delay", ms: timing.hangMs };
    case "slow":
      return { kind: "delay", ms: timing.slowMs };
    case "invalid-json":
      return { kind: "invalid-json" };
    case "html":
      return { kind: "html", status: 502 };
    case "oauth":
      return {
        kind: "status",
        status: fault.status,
        body: { error: fault.error, errorDescription: "injected rejection" },
      };
    case "retry-after":
      return { kind: "rate-limited", retryAfterSeconds: fault.seconds };
    case "mfa":
      throw new RangeError("Dynata has no MFA answer");
  }
}

/** Starts the fake and a password client; `refresh` logs in first and lets the token expire. */
async function startDynata(grant: "password" | "refresh", options: FlowOptions): Promise<FlowRun> {
  const clock = createSteppingClock();
  const fake = await startFakeDynataServer({ clock });
  options.secrets?.set("dynata password", fakeDynataUser.password);
  const wire = createWireLog(dynataKind);
  const client = createDynataClient({
    auth: dynataAuth.password(fakeDynataUser),
    baseUrl: fake.url,
    fetch: wire.fetch,
    clock,
    timeoutMs: timing.timeoutMs,
    store: options.store,
    onTokens: collectingTokens(options, "dynata"),
  });
  const call = () => client.GET("/sample/v1/projects");
  if (grant === "refresh") {
    const login = await call();
    if (login.response.status !== 200)
      throw new Error(`priming login got ${login.response.status}`);
    await clock.advance(dynataAccessTokenMs);
    wire.reset();
  }
  const path = grant === "password" ? "/auth/v1/token/password" : "/auth/v1/token/refresh";
  return {
    clock,
    wire,
    inject: (fault, times) => fake.faults.inject({ ...dynataFault(fault), path, times }),
    exercise: () => settle(call),
    serverApiWithoutCredential: () =>
      fake.requests().filter((r) => dynataKind(r.path) === "api" && r.credential === "none").length,
    async close() {
      await client.session[Symbol.asyncDispose]();
      await fake.close();
    },
  };
}

/** Dynata password login (the primary grant). */
export const dynataPasswordFlow: TokenFlow = {
  name: "dynata password",
  provider: "dynata",
  grant: "password",
  fallsBack: false,
  supports: (fault) => fault.kind !== "mfa",
  start: (options = {}) => startDynata("password", options),
};

/** Dynata refresh after the access token expired; a rejected refresh falls back to the password. */
export const dynataRefreshFlow: TokenFlow = {
  name: "dynata refresh",
  provider: "dynata",
  grant: "refresh",
  fallsBack: true,
  supports: (fault) => fault.kind !== "mfa",
  start: (options = {}) => startDynata("refresh", options),
};
