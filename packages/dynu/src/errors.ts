// Reads Dynu's error envelope out of a failed call, whichever way the caller got it.
import { ApiError } from "@provider-clients/auth";
import type { components } from "./generated/openapi.js";

/** Dynu's error details: `{ statusCode, type, message }` from the response's `exception`. */
export type DynuException = components["schemas"]["apiException"];

/**
 * The `exception` of a Dynu error body, from an ApiError (throwing mode) or from the `error`
 * of a non-throwing call; undefined when the body is not Dynu's envelope.
 */
export function dynuExceptionOf(failure: unknown): DynuException | undefined {
  const body = failure instanceof ApiError ? failure.body : failure;
  if (typeof body !== "object" || body === null) return undefined;
  const exception = (body as { exception?: unknown }).exception;
  if (typeof exception !== "object" || exception === null) return undefined;
  const { statusCode, type, message } = exception as Record<string, unknown>;
  return {
    ...(typeof statusCode === "number" ? { statusCode } : {}),
    ...(typeof type === "string" ? { type: type as NonNullable<DynuException["type"]> } : {}),
    ...(typeof message === "string" ? { message } : {}),
  };
}
