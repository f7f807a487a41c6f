// A managed client and its fake server on two separate clocks, so the server's time can jump.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import { adguardAccessTokenMs, adguardKind } from "../flows/adguard-dns.js";
import { dynataAccessTokenMs, dynataKind } from "../flows/dynata.js";
import { type Outcome, settle } from "../flows/token-flow.js";
import { createSteppingClock, type SteppingClock } from "../support/stepping-clock.js";
import { createWireLog, type WireLog } from "../support/wire-log.js";

/** A client whose clock and whose server's clock can drift apart. */
export interface SkewedSession {
  readonly clientClock: SteppingClock;
  readonly serverClock: SteppingClock;
  readonly wire: WireLog;
  /** The access token's lifetime at this provider. */
  readonly lifetimeMs: number;
  /** One idempotent read. */
  get(): Promise<Outcome>;
  /** The last `Date` header the client received, as epoch ms. */
  lastServerDate(): number | undefined;
  close(): Promise<void>;
}

/** A provider whose session can be skewed. */
export interface SkewTarget {
  readonly name: string;
  start(): Promise<SkewedSession>;
}

// Remembers the Date header of every answer, as a client-side skew detector would see it.
function dateWatcher(inner: typeof fetch) {
  let last: number | undefined;
  const watched: typeof fetch = async (input, init) => {
    const response = await inner(input, init);
    const date = response.headers.get("date");
    if (date) last = Date.parse(date);
    return response;
  };
  return { fetch: watched, last: () => last };
}

/** Dynu (8-hour client-credentials tokens). */
const dynu: SkewTarget = {
  name: "dynu",
  async start() {
    const [clientClock, serverClock] = [createSteppingClock(), createSteppingClock()];
    const fake = await startFakeDynuServer({ clock: serverClock });
    const wire = createWireLog((p) => (p.endsWith("/oauth2/token") ? "client_credentials" : "api"));
    const dates = dateWatcher(wire.fetch);
    const client = createDynuClient({
      auth: dynuAuth.clientCredentials(fakeDynuCredentials),
      baseUrl: fake.url,
      fetch: dates.fetch,
      clock: clientClock,
    });
    return {
      clientClock,
      serverClock,
      wire,
      lifetimeMs: 8 * 3_600_000,
      get: () => settle(() => client.GET("/dns")),
      lastServerDate: dates.last,
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** Dynata (30-minute tokens, refreshed with a rotating refresh token). */
const dynata: SkewTarget = {
  name: "dynata",
  async start() {
    const [clientClock, serverClock] = [createSteppingClock(), createSteppingClock()];
    const fake = await startFakeDynataServer({ clock: serverClock });
    const wire = createWireLog(dynataKind);
    const dates = dateWatcher(wire.fetch);
    const client = createDynataClient({
      auth: dynataAuth.password(fakeDynataUser),
      baseUrl: fake.url,
      fetch: dates.fetch,
      clock: clientClock,
    });
    return {
      clientClock,
      serverClock,
      wire,
      lifetimeMs: dynataAccessTokenMs,
      get: () => settle(() => client.GET("/sample/v1/projects")),
      lastServerDate: dates.last,
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** AdGuard DNS (one-hour tokens in these tests). */
const adguard: SkewTarget = {
  name: "adguard-dns",
  async start() {
    const [clientClock, serverClock] = [createSteppingClock(), createSteppingClock()];
    const fake = await startFakeAdGuardDnsServer({
      clock: serverClock,
      accessTokenTtlSeconds: adguardAccessTokenMs / 1000,
    });
    const wire = createWireLog(adguardKind);
    const dates = dateWatcher(wire.fetch);
    const client = createAdGuardDnsClient({
      auth: adguardDnsAuth.password(fakeAdGuardDnsCredentials),
      baseUrl: fake.url,
      fetch: dates.fetch,
      clock: clientClock,
    });
    return {
      clientClock,
      serverClock,
      wire,
      lifetimeMs: adguardAccessTokenMs,
      get: () => settle(() => client.op.listDevices()),
      lastServerDate: dates.last,
      async close() {
        await client.session[Symbol.asyncDispose]();
        await fake.close();
      },
    };
  },
};

/** The managed providers. */
export const skewTargets: readonly SkewTarget[] = [dynu, dynata, adguard];

/**
 * Logs in with both clocks in step, then the server's clock jumps 85% of a token lifetime ahead
 * (the next answer's Date header shows it), then both clocks move 20% on: the server now holds
 * the token expired while the client's clock still calls it fresh.
 */
export async function stageSkew(session: SkewedSession): Promise<void> {
  const login = await session.get();
  if (!login.ok || login.status !== 200) throw new Error("login failed");
  await session.serverClock.advance(session.lifetimeMs * 0.85);
  const seen = await session.get();
  if (!seen.ok || seen.status !== 200) throw new Error("read after the jump failed");
  await session.serverClock.advance(session.lifetimeMs * 0.2);
  await session.clientClock.advance(session.lifetimeMs * 0.2);
  session.wire.reset();
}
