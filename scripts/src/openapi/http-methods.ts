// The HTTP methods an OpenAPI path item may hold, in the specification's order.

/** Path-item keys that are operations: get, put, post, delete, options, head, patch, trace. */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** One of HTTP_METHODS. */
export type HttpMethod = (typeof HTTP_METHODS)[number];
