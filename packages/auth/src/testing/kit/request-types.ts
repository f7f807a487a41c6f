// What a handler sees of one request and what it answers: the kit's own shapes, free of node:http.

/** One request as the kit read it. */
export interface KitRequest {
  /** Upper-case method. */
  readonly method: string;
  /** The path on the origin as sent, without query (e.g. `/v2/dns/100001`). */
  readonly path: string;
  /** The operation it was routed to and that operation's spec path (e.g. `/dns/{id}`); absent for extra routes. */
  readonly operationId?: string;
  readonly specPath?: string;
  /** Path parameters, coerced to the types the spec declares (an integer id arrives as a number). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Query parameters, coerced likewise (repeated or array parameters as arrays). */
  readonly query: Readonly<Record<string, unknown>>;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body as text ("" when none). */
  readonly text: string;
  /** The body parsed by its content type (JSON, or a form as an object of strings); undefined when empty. */
  readonly body: unknown;
  /** The media type without parameters, lower case; undefined when the request has none. */
  readonly contentType?: string;
}

/** One answer. `body` is sent as JSON; `text` is sent as is (for HTML pages, broken JSON, redirects). */
export interface KitReply {
  readonly status: number;
  readonly body?: unknown;
  readonly text?: string;
  /** Defaults to `application/json; charset=utf-8` for `body`, `text/plain; charset=utf-8` for `text`. */
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Why the kit itself refuses a request; the provider's error shape turns it into its own body. */
export type KitErrorKind =
  | "not-found"
  | "method-not-allowed"
  | "invalid-request"
  | "unsupported-media-type"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "rate-limited"
  | "server-error";

/** One thing wrong with a request, as request validation found it (never the value itself). */
export interface RequestProblem {
  readonly in: "path" | "query" | "header" | "body" | "content-type";
  /** Parameter name, or a JSON pointer into the body ("" for the body itself). */
  readonly name: string;
  /** The failing JSON Schema keyword ("required", "type", "enum"...) or "content-type". */
  readonly keyword: string;
  /** A short English sentence, e.g. `ttl must be integer`. */
  readonly message: string;
}

/** An error the kit raises, handed to the provider's error shape. */
export interface KitError {
  readonly kind: KitErrorKind;
  /** The status the provider's configuration chose for this kind (or a handler passed). */
  readonly status: number;
  readonly message: string;
  /** Validation problems (empty for other kinds). */
  readonly problems: readonly RequestProblem[];
  /** The request's path on the origin, for error bodies that name it (Dynata's `path`). */
  readonly path?: string;
}
