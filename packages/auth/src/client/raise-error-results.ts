// Opt-in mode where non-2xx answers throw ApiError instead of coming back as `{ error }`.
import { ApiError } from "../errors/api-error.js";

/** The part of an openapi-fetch result this mode reads. */
export type CallResult = { error?: unknown; response: Response };

/** Returns a check that passes a 2xx result through and raises anything else as ApiError. */
export function raiseErrorResults(
  provider: string,
  requestIdOf: (response: Response, body: unknown) => string | undefined,
): (result: CallResult, method: string) => CallResult {
  return (result, method) => {
    if (result.error === undefined && result.response.ok) return result;
    const { response } = result;
    throw new ApiError({
      provider,
      method,
      url: response.url,
      status: response.status,
      body: result.error,
      requestId: requestIdOf(response, result.error),
      response,
    });
  };
}
