// Turns ajv's errors into secret-free mismatches: pointers and types, never the values found.
import { jsonTypeOf, valueAt } from "./json-type.js";
import type { SpecMismatch, ValidatorError } from "./types.js";

const limitKeywords = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
]);

/** One mismatch per failing place; type errors at one pointer (anyOf/oneOf branches) merge into one. */
export function describeMismatches(
  errors: readonly ValidatorError[],
  body: unknown,
): SpecMismatch[] {
  const byKey = new Map<string, SpecMismatch>();
  for (const error of errors) {
    const mismatch = describe(error, body);
    const key = `${mismatch.keyword}\u0000${mismatch.pointer}`;
    const seen = byKey.get(key);
    if (seen && mismatch.keyword === "type") {
      const types = new Set([...seen.expected.split(" | "), ...mismatch.expected.split(" | ")]);
      byKey.set(key, { ...seen, expected: [...types].join(" | ") });
    } else if (!seen) {
      byKey.set(key, mismatch);
    }
  }
  // A failed anyOf/oneOf says no more than the type errors of its branches at the same place.
  const typed = new Set(
    [...byKey.values()].filter((m) => m.keyword === "type").map((m) => m.pointer),
  );
  return [...byKey.values()].filter(
    (m) => !((m.keyword === "anyOf" || m.keyword === "oneOf") && typed.has(m.pointer)),
  );
}

/** Where and what one ajv error means, reading only the type of the value at its place. */
function describe(error: ValidatorError, body: unknown): SpecMismatch {
  const { keyword, params, instancePath } = error;
  const actual = jsonTypeOf(valueAt(body, instancePath));
  switch (keyword) {
    case "type":
      return { pointer: instancePath, keyword, expected: typeList(params.type), actual };
    case "required": {
      const pointer = `${instancePath}/${pointerSegment(String(params.missingProperty))}`;
      return { pointer, keyword, expected: "present", actual: "absent" };
    }
    case "additionalProperties": {
      const pointer = `${instancePath}/${pointerSegment(String(params.additionalProperty))}`;
      return { pointer, keyword, expected: "absent", actual: jsonTypeOf(valueAt(body, pointer)) };
    }
    case "enum":
      return { pointer: instancePath, keyword, expected: "one of the declared values", actual };
    case "const":
      return { pointer: instancePath, keyword, expected: "the declared constant", actual };
    case "oneOf":
      return { pointer: instancePath, keyword, expected: "exactly one declared form", actual };
    case "anyOf":
      return { pointer: instancePath, keyword, expected: "one of the declared forms", actual };
    default: {
      const limit = limitKeywords.has(keyword) ? ` ${String(params.limit)}` : "";
      return { pointer: instancePath, keyword, expected: `${keyword}${limit}`, actual };
    }
  }
}

/** ajv gives one type or a comma-separated list; reports write "string | null". */
function typeList(type: unknown): string {
  return (Array.isArray(type) ? type : String(type).split(",")).join(" | ");
}

/** Escapes one JSON pointer segment (RFC 6901). */
function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
