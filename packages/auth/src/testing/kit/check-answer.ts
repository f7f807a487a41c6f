// Holds the fake's own answers to the spec: a body that the spec's response schema refuses is the kit's bug.
import { declaredResponse, mismatchesOf } from "../../validate/check-answer.js";
import type { ResponseValidators } from "../../validate/types.js";
import type { KitReply } from "./request-types.js";

/** A sentence naming the operation, status and failing pointers; undefined when the answer is fine. */
export function answerMismatch(
  validators: ResponseValidators,
  operationId: string,
  reply: KitReply,
): string | undefined {
  const declared = declaredResponse(validators, operationId, reply.status);
  if (!declared) {
    // Kit errors (400, 404...) may be undeclared; a success the spec doesn't declare is a bug.
    return reply.status >= 200 && reply.status < 300
      ? `${operationId} answered undeclared status ${reply.status}`
      : undefined;
  }
  if (declared.validate === null) return undefined;
  const body =
    reply.body !== undefined
      ? { kind: "json" as const, value: reply.body }
      : { kind: reply.text ? ("not JSON" as const) : ("empty" as const) };
  const mismatches = mismatchesOf(declared.validate, body);
  if (mismatches.length === 0) return undefined;
  const where = mismatches.map(
    (m) => `${m.pointer || "(body)"} ${m.keyword}: expected ${m.expected}, got ${m.actual}`,
  );
  return `${operationId} ${reply.status} does not match the spec: ${where.join("; ")}`;
}
