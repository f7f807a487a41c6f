// The JSON type of a value: the only thing drift reports say about what an answer held.
import type { JsonType } from "./types.js";

/** "integer" for whole numbers, "number" otherwise, "null" and "array" told apart from "object". */
export function jsonTypeOf(value: unknown): JsonType | "absent" {
  if (value === undefined) return "absent";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string" || typeof value === "boolean") return typeof value as JsonType;
  return "object";
}

/** Reads the value a JSON pointer names inside `root` (undefined when any step is missing). */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let current = root;
  for (const raw of pointer.slice(1).split("/")) {
    if (typeof current !== "object" || current === null) return undefined;
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
