// A managed client and its fake server on two separate clocks, so the server's time can jump.
import type { ApiTarget } from "@provider-clients/scripts/suites/reliability";
import type { Outcome } from "../flows/token-flow.js";
import { createRunContext } from "../support/run-context.js";
import type { SteppingClock } from "../support/stepping-clock.js";
import type { WireLog } from "../support/wire-log.js";
import { managedApiTargets } from "./api-targets.js";

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

/** A managed provider's API target started with the fake on a clock of its own. */
export interface SkewTarget {
  readonly name: string;
  start(): Promise<SkewedSession>;
}

/** `target`'s session on two clocks. */
function skewed(target: ApiTarget): SkewTarget {
  return {
    name: target.name,
    async start() {
      const context = createRunContext({ skewed: true });
      const run = await target.start(context);
      if (run.accessTokenMs === undefined) throw new Error(`${target.name}: no token lifetime`);
      return {
        clientClock: context.clock,
        serverClock: context.serverClock,
        wire: run.wire,
        lifetimeMs: run.accessTokenMs,
        get: () => run.get(),
        lastServerDate: () => run.wire.lastServerDate(),
        close: () => run.close(),
      };
    },
  };
}

/** The managed providers. */
export const skewTargets: readonly SkewTarget[] = managedApiTargets.map(skewed);

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
