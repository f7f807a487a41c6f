// Finds the validator an answer is held to and checks its body against it.
import { describeMismatches } from "./describe-mismatches.js";
import type { ResponseValidator, ResponseValidators, SpecMismatch } from "./types.js";

/** What one answer looked like once read: its parsed body, or why there is none to check. */
export type AnswerBody =
  | { kind: "json"; value: unknown }
  | { kind: "empty" }
  | { kind: "not JSON" };

/** The spec's response for a status: exact, then its range ("4XX"), then "default"; undefined when none. */
export function declaredResponse(
  validators: ResponseValidators,
  operationId: string,
  status: number,
): { validate: ResponseValidator | null } | undefined {
  const declared = validators[operationId];
  if (!declared) return undefined;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in declared);
  return key === undefined ? undefined : { validate: declared[key] ?? null };
}

/** Runs the validator on a JSON body; an empty or non-JSON body where JSON is declared is one mismatch. */
export function mismatchesOf(validate: ResponseValidator, body: AnswerBody): SpecMismatch[] {
  if (body.kind !== "json") {
    const actual = body.kind === "empty" ? "absent" : "not JSON";
    return [{ pointer: "", keyword: "body", expected: "JSON", actual }];
  }
  if (validate(body.value)) return [];
  return describeMismatches(validate.errors ?? [], body.value);
}
