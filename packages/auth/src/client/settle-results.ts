// Makes every call result honest: a 2xx body is JSON or a ResponseParseError, a non-2xx always has an error.
import { emptyErrorBody } from "../errors/empty-error-body.js";
import { ResponseParseError } from "../errors/response-parse-error.js";
import type { OperationIndex } from "./operation-index.js";
import type { CallResult } from "./raise-error-results.js";

/** A result as openapi-fetch returns it when the body was read as text. */
export type RawResult = CallResult & { data?: unknown };

/** Settles one result; `asText` says the caller wanted JSON and the body was read as text for us to parse. */
export type Settle = (
  result: RawResult,
  method: string,
  path: string,
  asText: boolean,
) => RawResult;

/** The settle step for one provider's client: names the operation in the errors it raises. */
export function settleResults(provider: string, index: OperationIndex): Settle {
  return function settleResult(result, method, path, asText) {
    const { response } = result;
    if (!response.ok) {
      // openapi-fetch gives `""` or undefined for an empty body, which `if (error)` misses.
      if (result.error !== undefined && result.error !== "") return result;
      return { error: emptyErrorBody(response.status), response };
    }
    if (!asText) return result;
    const text = result.data;
    if (typeof text !== "string" || text === "") return { data: undefined, response };
    try {
      return { data: JSON.parse(text), response };
    } catch (cause) {
      throw new ResponseParseError({
        provider,
        method,
        url: response.url || path,
        status: response.status,
        contentType: response.headers.get("content-type"),
        operation: index.operationIdOf(method, path) ?? `${method} ${path}`,
        body: text,
        cause,
        response,
      });
    }
  };
}
