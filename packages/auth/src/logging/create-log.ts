// Turns a logger and a level into the one function the clients call for every event.
import { LOG_EVENT_LEVELS, type LogEventName, type LogEvents } from "./log-events.js";
import { isLogLevel, LOG_LEVEL_RANK, type Logger, type LogLevel } from "./logger.js";

/** Emits one event; absent (undefined) when logging is off, so call sites cost nothing. */
export type Log = <Name extends LogEventName>(name: Name, fields: LogEvents[Name]) => void;

/**
 * A log function, or undefined at `off`. The level is `level`, else the environment's
 * `PROVIDER_CLIENTS_LOG`, else `off`; without a logger events go to `console`.
 */
export function createLog(
  logger: Logger | undefined,
  level: LogLevel | undefined,
): Log | undefined {
  const threshold = LOG_LEVEL_RANK[level ?? environmentLogLevel() ?? "off"];
  if (threshold === 0) return undefined;
  const sink: Logger = logger ?? console;
  return (name, fields) => {
    const eventLevel = LOG_EVENT_LEVELS[name];
    if (LOG_LEVEL_RANK[eventLevel] > threshold) return;
    sink[eventLevel]?.(`provider-clients ${name}`, { event: name, ...fields });
  };
}

/** `PROVIDER_CLIENTS_LOG` in Node; undefined in browsers (no `process`) or when unset or unknown. */
export function environmentLogLevel(): LogLevel | undefined {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env?.PROVIDER_CLIENTS_LOG;
    return isLogLevel(value) ? value : undefined;
  } catch {
    // A sandbox may throw on reading the environment; logging stays off then.
    return undefined;
  }
}
