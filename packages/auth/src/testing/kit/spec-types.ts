// What the generator emits for the kit (`src/generated/fake-spec.ts` of each provider): schemas and request validators.
import type { ValidatorError } from "../../validate/types.js";

/** A JSON Schema (OpenAPI 3.0/3.1 subset); `$ref`s point at `#/components/schemas/<name>`. */
export type KitSchema = boolean | { readonly [keyword: string]: unknown };

/** One declared parameter of an operation. */
export interface KitParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: KitSchema;
}

/** One declared response: its media type (absent: no body) and, for JSON, its schema. */
export interface KitResponse {
  readonly contentType?: string;
  readonly schema?: KitSchema;
}

/** Everything the kit reads about one operation besides its method, path and security. */
export interface KitOperation {
  readonly parameters: readonly KitParameter[];
  /** Absent when the operation takes no body. */
  readonly requestBody?: {
    readonly required: boolean;
    /** Declared media types, e.g. `application/json`, `application/x-www-form-urlencoded`. */
    readonly contentTypes: readonly string[];
    /** Schema of the first JSON (or form) media type, if any. */
    readonly schema?: KitSchema;
  };
  /** By status key ("200", "4XX", "default"), in the spec's order. */
  readonly responses: Readonly<Record<string, KitResponse>>;
}

/** The spec as the kit needs it at run time. */
export interface KitSpec {
  /** `components.schemas`, for `$ref` resolution while sampling. */
  readonly schemas: Readonly<Record<string, KitSchema>>;
  readonly operations: Readonly<Record<string, KitOperation>>;
}

/** A generated request validator (ajv standalone, types coerced from strings for parameters). */
export type RequestValidator = ((data: unknown) => boolean) & {
  errors?: ValidatorError[] | null;
};

/**
 * operationId -> validators of its parameters (one object `{ path, query, header }` of coerced
 * values) and of its JSON/form body; absent when the spec declares nothing to check.
 */
export type RequestValidators = Readonly<
  Record<string, { readonly parameters?: RequestValidator; readonly body?: RequestValidator }>
>;
