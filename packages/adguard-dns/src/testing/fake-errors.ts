// AdGuard DNS's error answers: ErrorResponse `{ error_code, fields, message }` for a 400, empty bodies otherwise.
import type { FakeErrorShape, KitReply, RequestProblem } from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";

type FieldError = components["schemas"]["FieldError"];

/** The vendor's ErrorResponse; its `error_code` is the first field's unless given. */
export function errorResponse(
  fields: FieldError[],
  errorCode = fields[0]?.error_code ?? "BAD_REQUEST",
  message = "validation failed",
): components["schemas"]["ErrorResponse"] {
  return { error_code: errorCode, fields, message };
}

/** A 400 naming one field: FIELD_REQUIRED when it is absent, FIELD_WRONG_VALUE otherwise. */
export function fieldRefused(field: string, value: unknown): KitReply {
  const code = value === undefined ? "FIELD_REQUIRED" : "FIELD_WRONG_VALUE";
  return { status: 400, body: errorResponse([{ field, error_code: code }]) };
}

// `/settings/block_ttl_seconds` -> `settings.block_ttl_seconds`; a missing property names itself.
function fieldOf(problem: RequestProblem): FieldError {
  const field = problem.name.replace(/^\//, "").replaceAll("/", ".");
  return {
    field: field === "" ? problem.in : field,
    error_code: problem.keyword === "required" ? "FIELD_REQUIRED" : "FIELD_WRONG_VALUE",
  };
}

/** The vendor documents a body only for 400; 401 (with `WWW-Authenticate`), 404, 405 and 429 are empty. */
export const adguardDnsErrors: FakeErrorShape = {
  // The spec declares no 415: a body of the wrong type is a 400 like any other bad input.
  status: { "unsupported-media-type": 400 },
  body: (error) =>
    error.status === 400
      ? errorResponse(error.problems.map(fieldOf), undefined, error.message)
      : undefined,
  headers: (error) =>
    error.kind === "unauthorized" ? { "www-authenticate": "Bearer" } : undefined,
};
