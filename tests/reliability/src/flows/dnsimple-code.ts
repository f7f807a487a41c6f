// DNSimple's OAuth code exchange (JSON POST /v2/oauth/access_token) against the fake DNSimple.
import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { type FaultSpec, startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import { createSteppingClock } from "../support/stepping-clock.js";
import { createWireLog } from "../support/wire-log.js";
import {
  type FlowOptions,
  type FlowRun,
  settle,
  type TokenFault,
  type TokenFlow,
  timing,
} from "./token-flow.js";

/** The token endpoint path on the fake's API host. */
export const dnsimpleTokenPath = "/v2/oauth/access_token";

/** The fake DNSimple's version of a token fault. */
export function dnsimpleFault(fault: TokenFault): FaultSpec {
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
      // The quota reset and Retry-After both say `seconds`.
      return {
        kind: "rate-limited",
        retryAfterSeconds: fault.seconds,
        headers: { "retry-after": String(fault.seconds) },
      };
    case "mfa":
      throw new RangeError("DNSimple has no MFA answer");
  }
}

/**
 * DNSimple code exchange: the fake's authorize page hands out a code at start, `exercise`
 * exchanges it and calls whoami with the token. exchangeCode has no timeoutMs, so the caller's
 * signal (AbortSignal.timeout) is the timeout.
 */
export const dnsimpleCodeFlow: TokenFlow = {
  name: "dnsimple code exchange",
  provider: "dnsimple",
  grant: "authorization_code",
  fallsBack: false,
  supports: (fault) => fault.kind !== "mfa",
  async start(options: FlowOptions = {}): Promise<FlowRun> {
    const clock = createSteppingClock();
    const fake = await startFakeDnsimpleServer({ clock });
    const { app } = fake;
    const { url, state } = dnsimpleAuth.authorizeUrl({
      clientId: app.clientId,
      redirectUri: app.redirectUri,
      authorizeEndpoint: fake.authorizeEndpoint,
    });
    const back = new URL(await fake.authorize(url));
    const code = back.searchParams.get("code") ?? "";
    options.secrets?.set("dnsimple client secret", app.clientSecret);
    options.secrets?.set("dnsimple authorization code", code);
    options.secrets?.set("dnsimple seeded access token", fake.accessToken);
    const wire = createWireLog((path) =>
      path === dnsimpleTokenPath ? "authorization_code" : "api",
    );
    const exchange = async () => {
      const token = await dnsimpleAuth.exchangeCode({
        clientId: app.clientId,
        clientSecret: app.clientSecret,
        code,
        redirectUri: app.redirectUri,
        state: back.searchParams.get("state") ?? "",
        expectedState: state,
        baseUrl: fake.url,
        fetch: wire.fetch,
        clock,
        signal: AbortSignal.timeout(timing.timeoutMs),
      });
      options.secrets?.set("dnsimple exchanged access token", token.accessToken);
      const client = createDnsimpleClient({
        auth: dnsimpleAuth.accessToken(token),
        baseUrl: fake.url,
        fetch: wire.fetch,
        clock,
        timeoutMs: timing.timeoutMs,
      });
      return client.op.whoami();
    };
    return {
      clock,
      wire,
      inject: (fault, times) =>
        fake.faults.inject({
          ...dnsimpleFault(fault),
          method: "POST",
          path: dnsimpleTokenPath,
          times,
        }),
      exercise: () => settle(exchange),
      // The fake DNSimple logs method, path and status only.
      serverApiWithoutCredential: () => undefined,
      close: () => fake.close(),
    };
  },
};
