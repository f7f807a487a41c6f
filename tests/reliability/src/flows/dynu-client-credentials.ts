// Dynu's client-credentials grant (GET /v2/oauth2/token with HTTP Basic) against the fake Dynu.
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import {
  type FakeFault,
  fakeDynuCredentials,
  startFakeDynuServer,
} from "@provider-clients/dynu/testing";
import { createSteppingClock } from "../support/stepping-clock.js";
import { createWireLog } from "../support/wire-log.js";
import {
  collectingTokens,
  type FlowOptions,
  type FlowRun,
  settle,
  type TokenFault,
  type TokenFlow,
  timing,
} from "./token-flow.js";

/** The fake Dynu's version of a token fault. */
export function dynuFault(fault: TokenFault): FakeFault {
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
        body: { error: fault.error, error_description: "injected rejection" },
      };
    case "retry-after":
      return { kind: "rate-limited", retryAfterSeconds: fault.seconds, status: 429 };
    case "mfa":
      throw new RangeError("Dynu has no MFA answer");
  }
}

/** Dynu client credentials: the only grant, no refresh token. */
export const dynuClientCredentialsFlow: TokenFlow = {
  name: "dynu client credentials",
  provider: "dynu",
  grant: "client_credentials",
  fallsBack: false,
  supports: (fault) => fault.kind !== "mfa",
  async start(options: FlowOptions = {}): Promise<FlowRun> {
    const clock = createSteppingClock();
    const fake = await startFakeDynuServer({ clock });
    const { clientId, clientSecret } = fakeDynuCredentials;
    options.secrets?.set("dynu client secret", clientSecret);
    options.secrets?.set("dynu basic credentials", btoa(`${clientId}:${clientSecret}`));
    const wire = createWireLog((path) =>
      path.endsWith("/oauth2/token") ? "client_credentials" : "api",
    );
    const client = createDynuClient({
      auth: dynuAuth.clientCredentials({ clientId, clientSecret }),
      baseUrl: fake.url,
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      store: options.store,
      onTokens: collectingTokens(options, "dynu"),
    });
    return {
      clock,
      wire,
      inject: (fault, times) =>
        fake.faults.inject({ ...dynuFault(fault), method: "GET", path: "/v2/oauth2/token", times }),
      exercise: () => settle(() => client.GET("/dns")),
      serverApiWithoutCredential: () =>
        fake.requests({ route: "api" }).filter((r) => r.credential === "none").length,
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};
