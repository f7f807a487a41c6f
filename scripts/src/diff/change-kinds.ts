// Every kind of change the comparator reports, with its severity from a client user's point of view.
//
// Direction matters for schema changes: a request schema that accepts more is harmless (the
// client may send what it sent before), while a response schema that may return more can break
// code written against the old types. Decisions worth knowing:
// - A new response enum value is breaking: exhaustive `switch`es and literal comparisons written
//   against the old union stop covering every case.
// - Narrowing is breaking in both directions (TypeScript rejects comparisons with literals that
//   the new, narrower type no longer contains), except for nullability and optionality of
//   responses, where the narrower type is a plain subtype.
// - Validation bounds (min/max/pattern) only matter for what the server accepts: tightened in a
//   request is breaking, in a response only cosmetic.
// - readOnly/writeOnly and `default` do not change generated types: cosmetic.

/** How a change affects a client user. */
export type Severity = "breaking" | "additive" | "deprecation" | "cosmetic";

/** Whether a schema is sent by the client (request, parameters) or received (response). */
export type Direction = "request" | "response";

type SeverityRule = Severity | { request: Severity; response: Severity };

/** The stable table of change kinds; allow-lists and changesets depend on these names. */
export const CHANGE_KINDS = {
  "operation-added": "additive",
  "operation-removed": "breaking",
  "operation-deprecated": "deprecation",
  "operation-id-added": "additive",
  "operation-id-changed": "breaking",
  "operation-id-removed": "breaking",
  "parameter-added-required": "breaking",
  "parameter-added-optional": "additive",
  "parameter-removed": "breaking",
  "parameter-made-required": "breaking",
  "parameter-made-optional": "additive",
  "parameter-deprecated": "deprecation",
  "parameter-serialization-changed": "breaking",
  "request-body-added-required": "breaking",
  "request-body-added-optional": "additive",
  "request-body-removed": "breaking",
  "request-body-made-required": "breaking",
  "request-body-made-optional": "additive",
  "request-media-type-added": "additive",
  "request-media-type-removed": "breaking",
  "request-property-added-required": "breaking",
  "request-property-added-optional": "additive",
  "request-property-removed": "breaking",
  "request-property-made-required": "breaking",
  "request-property-made-optional": "additive",
  "response-status-added": "additive",
  "response-status-removed": "breaking",
  "response-media-type-added": "additive",
  "response-media-type-removed": "breaking",
  "response-header-added": "additive",
  "response-header-removed": "breaking",
  "response-property-added": "additive",
  "response-property-removed": "breaking",
  "response-property-made-optional": "breaking",
  "response-property-made-required": "additive",
  "request-made-nullable": "additive",
  "request-made-non-nullable": "breaking",
  "response-made-nullable": "breaking",
  "response-made-non-nullable": "additive",
  "type-changed": "breaking",
  "type-narrowed": "breaking",
  "type-widened": { request: "additive", response: "breaking" },
  "format-changed": "breaking",
  "format-narrowed": "breaking",
  "format-widened": { request: "additive", response: "breaking" },
  "enum-added": "breaking",
  "enum-removed": { request: "additive", response: "breaking" },
  "enum-value-added": { request: "additive", response: "breaking" },
  "enum-value-removed": "breaking",
  "constraint-tightened": { request: "breaking", response: "cosmetic" },
  "constraint-loosened": { request: "additive", response: "cosmetic" },
  "additional-properties-allowed": "additive",
  "additional-properties-disallowed": { request: "breaking", response: "additive" },
  "union-introduced": "breaking",
  "union-dropped": "breaking",
  "union-member-added": { request: "additive", response: "breaking" },
  "union-member-removed": "breaking",
  "union-kind-changed": "cosmetic",
  "discriminator-added": "additive",
  "discriminator-removed": "breaking",
  "discriminator-changed": "breaking",
  "schema-deprecated": "deprecation",
  "deprecation-removed": "cosmetic",
  "default-changed": "cosmetic",
  "access-changed": "cosmetic",
  "callback-added": "additive",
  "callback-removed": "breaking",
  "security-tightened": "breaking",
  "security-loosened": "additive",
  "documentation-changed": "cosmetic",
  "servers-changed": "cosmetic",
  "unknown-key-added": "cosmetic",
  "unknown-key-removed": "cosmetic",
} as const satisfies Record<string, SeverityRule>;

/** One of the stable change kind names. */
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** JSON pointers to what changed in the old and the new document; null where it does not exist. */
export interface ChangePointer {
  old: string | null;
  new: string | null;
}

/**
 * One classified difference between two documents. A change to a shared component is one entry:
 * `operations` lists every operation it reaches; `operation`/`location` name the first place seen.
 */
export interface Change {
  kind: ChangeKind;
  severity: Severity;
  /** `METHOD /spec/path` of the first operation reached, or "" for document-level changes. */
  operation: string;
  /** Slash-separated place inside `operation`, e.g. `parameters/query/limit`. */
  location: string;
  /** Where the changed node lives in each document (the component's pointer when shared). */
  pointer: ChangePointer;
  /** The value before and after (null when absent). */
  before: unknown;
  after: unknown;
  /** Every operation the change reaches, sorted; empty for document-level changes. */
  operations: string[];
  /** What changed, once (no repetition per place). */
  message: string;
  /** What a client user should do; set for every breaking change, else null. */
  advice: string | null;
}

/** The severity of a kind, given the direction its schema travels in. */
export function severityOf(kind: ChangeKind, direction: Direction = "request"): Severity {
  const rule: SeverityRule = CHANGE_KINDS[kind];
  return typeof rule === "string" ? rule : rule[direction];
}

/** True when `value` names a known change kind. */
export function isChangeKind(value: unknown): value is ChangeKind {
  return typeof value === "string" && Object.hasOwn(CHANGE_KINDS, value);
}
