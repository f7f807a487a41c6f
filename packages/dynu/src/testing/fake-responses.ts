// Dynu's error envelope and exception types, as the fake answers them.
import type { KitError } from "@provider-clients/auth/testing";

/** Dynu's exception types (the `exception.type` values in the spec). */
export type DynuExceptionType =
  | "Argument Exception"
  | "Authentication Exception"
  | "Authorization Exception"
  | "Parse Exception"
  | "Request Exception"
  | "Server Exception"
  | "Quota Exception";

/** Dynu's error envelope: `{ statusCode, exception: { statusCode, type, message } }`. */
export function dynuErrorBody(statusCode: number, type: DynuExceptionType, message: string) {
  return { statusCode, exception: { statusCode, type, message } };
}

/** The exception type Dynu uses for each kind of refusal. */
export function dynuExceptionType(error: KitError): DynuExceptionType {
  switch (error.kind) {
    case "unauthorized":
      return "Authentication Exception";
    case "forbidden":
      return "Authorization Exception";
    case "not-found":
    case "method-not-allowed":
      return "Request Exception";
    case "invalid-request":
    case "unsupported-media-type":
      return error.problems.some((p) => p.keyword === "parse")
        ? "Parse Exception"
        : "Argument Exception";
    case "rate-limited":
      return "Quota Exception";
    default:
      return "Server Exception";
  }
}
