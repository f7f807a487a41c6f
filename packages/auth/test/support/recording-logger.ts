// A logger that keeps every line it is given, for tests that check log events.
import type { Logger } from "../../src/logging/logger.js";

/** One logged line: the level method called, the message and the fields. */
export interface LoggedLine {
  level: "debug" | "info" | "warn" | "error";
  message: string;
  fields: Record<string, unknown>;
}

/** A Logger with all four methods that records into `lines`. */
export function recordingLogger(): Logger & { lines: LoggedLine[]; events(): string[] } {
  const lines: LoggedLine[] = [];
  const at =
    (level: LoggedLine["level"]) => (message: string, fields?: Record<string, unknown>) => {
      lines.push({ level, message, fields: fields ?? {} });
    };
  return {
    lines,
    events: () => lines.map((line) => String(line.fields.event)),
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
}
