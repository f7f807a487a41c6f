// A quiet process whose only work is one session refreshing its token many times (as a daemon
// does over weeks). Counts the abort listeners left on any one AbortSignal and the process
// warnings; prints one JSON line.
import { createSession } from "@provider-clients/auth";
import { dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { createSteppingClock } from "../support/stepping-clock.js";

/** What the run saw. */
export interface QuietRefreshResult {
  password: number;
  refresh: number;
  /** The most `abort` listeners alive at once on a single AbortSignal. */
  maxAbortListenersOnOneSignal: number;
  warnings: string[];
}

const refreshes = Number(process.env.QUIET_REFRESHES ?? 1_000);
const warnings: string[] = [];
process.on("warning", (warning) => {
  warnings.push(`${warning.name}: ${warning.message.replace(/\d+/g, "N")}`);
});

// Watches abort listeners per signal; fetch adds one per request to the signal it is given.
const live = new WeakMap<EventTarget, number>();
let maxLive = 0;
const { addEventListener, removeEventListener } = EventTarget.prototype;
EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
  if (type === "abort" && this instanceof AbortSignal) {
    const count = (live.get(this) ?? 0) + 1;
    live.set(this, count);
    maxLive = Math.max(maxLive, count);
  }
  return addEventListener.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
  if (type === "abort" && this instanceof AbortSignal) {
    live.set(this, Math.max(0, (live.get(this) ?? 0) - 1));
  }
  return removeEventListener.call(this, type, listener, options);
};

const clock = createSteppingClock();
const fake = await startFakeDynataServer({ clock, accessTokenTtlSeconds: 1 });
const session = createSession({
  auth: dynataAuth.password(fakeDynataUser),
  baseUrl: fake.url,
  clock,
});
for (let i = 0; i <= refreshes; i++) {
  await session.getToken();
  await clock.advance(1_000);
}
await session[Symbol.asyncDispose]();
await fake.close();
const result: QuietRefreshResult = {
  password: fake.count({ path: "/auth/v1/token/password" }),
  refresh: fake.count({ path: "/auth/v1/token/refresh" }),
  maxAbortListenersOnOneSignal: maxLive,
  warnings: [...new Set(warnings)],
};
process.stdout.write(`${JSON.stringify(result)}\n`);
