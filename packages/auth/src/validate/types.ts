// The shapes of drift detection: generated validator tables, options and secret-free reports.

/** A JSON value's type as JSON Schema names it ("integer" for whole numbers). */
export type JsonType = "string" | "number" | "integer" | "boolean" | "null" | "object" | "array";

/** One ajv standalone error, as far as drift detection reads it. */
export interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A generated validator: true when the body matches; otherwise `errors` says where it does not. */
export type ResponseValidator = ((data: unknown) => boolean) & {
  errors?: ValidatorError[] | null;
};

/** operationId -> status key ("200", "4XX", "default") -> validator, or null for a declared non-JSON answer. */
export type ResponseValidators = Readonly<
  Record<string, Readonly<Record<string, ResponseValidator | null>>>
>;

/** One place where an answer differs from the spec: where, and which types; never the value itself. */
export interface SpecMismatch {
  /** JSON pointer (RFC 6901) into the response body; "" is the body itself. */
  readonly pointer: string;
  /** The JSON Schema keyword that failed: "type", "required", "enum", "additionalProperties"... */
  readonly keyword: string;
  /** What the spec declares there, e.g. "string | null", "present", "absent", "one of the declared values". */
  readonly expected: string;
  /** The JSON type found there; "absent" for a missing property or body, "not JSON" for a body that is not. */
  readonly actual: JsonType | "absent" | "not JSON";
}

/** What `onSpecMismatch` gets for one answer that differs from the spec. */
export interface SpecMismatchReport {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  readonly status: number;
  /** False when the spec declares no response for this status (nor its range, nor a default). */
  readonly statusDeclared: boolean;
  /** Where the body differs; empty when only the status is undeclared. */
  readonly mismatches: readonly SpecMismatch[];
}

/** Called once per answer that differs from the spec. */
export type OnSpecMismatch = (report: SpecMismatchReport) => void;

/** `report`: call `onSpecMismatch` and return the answer as usual; `throw`: raise SpecMismatchError (after calling it, if given). */
export type ResponseValidationOptions =
  | { validateResponses: "report"; onSpecMismatch: OnSpecMismatch }
  | { validateResponses: "throw"; onSpecMismatch?: OnSpecMismatch };
