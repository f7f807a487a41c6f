// What a logger is to the clients, and the levels a caller can choose.

/** Anything with `debug`, `info`, `warn` and `error` (each optional); `console` works. */
export interface Logger {
  /** Receives `debug` events. */
  debug?(message: string, fields?: Record<string, unknown>): void;
  /** Receives `info` events. */
  info?(message: string, fields?: Record<string, unknown>): void;
  /** Receives `warn` events. */
  warn?(message: string, fields?: Record<string, unknown>): void;
  /** Receives `error` events. */
  error?(message: string, fields?: Record<string, unknown>): void;
}

/** `off` logs nothing; each other level logs its events and those of the levels before it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Levels by how much they let through. */
export const LOG_LEVEL_RANK: Readonly<Record<LogLevel, number>> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

/** True for the five level names. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(LOG_LEVEL_RANK, value);
}
