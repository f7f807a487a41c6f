// The RunContext the suite hands every provider start: fresh clocks, the request log, secret collection.
import type { RunContext } from "@provider-clients/scripts/suites/reliability";
import { kitTokenFault } from "../flows/kit-token-fault.js";
import { collectingTokens, type RunOptions, settle, timing } from "../flows/token-flow.js";
import { createSteppingClock } from "./stepping-clock.js";
import { createWireLog } from "./wire-log.js";

/** A context for one run with `options`' store, secrets and throwing mode. */
export function createRunContext(options: RunOptions = {}): RunContext {
  const clock = createSteppingClock();
  const onTokens = (prefix: string) => collectingTokens(options, prefix);
  return {
    clock,
    serverClock: options.skewed ? createSteppingClock() : clock,
    timing,
    store: options.store,
    throwOnError: options.throwOnError,
    wireLog: (classify, carriers) => createWireLog(classify, carriers),
    onTokens,
    clientOptions: (wire, prefix) => ({
      fetch: wire.fetch,
      clock,
      timeoutMs: timing.timeoutMs,
      store: options.store,
      onTokens: onTokens(prefix),
      throwOnError: options.throwOnError,
      logger: options.logger,
      logLevel: options.logger ? "debug" : undefined,
    }),
    secret: (label, value) => {
      options.secrets?.set(label, value);
    },
    settle,
    tokenFault: kitTokenFault,
  };
}
