// What `error` holds for a non-2xx answer with no body: never `""` or undefined, which `if (error)` misses.

/** The `error` of a non-2xx answer whose body is empty: its status, and `empty: true`. */
export interface EmptyErrorBody {
  readonly status: number;
  readonly empty: true;
}

/** The error object for an empty non-2xx answer. */
export function emptyErrorBody(status: number): EmptyErrorBody {
  return { status, empty: true };
}
