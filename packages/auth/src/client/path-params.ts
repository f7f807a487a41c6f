// Path parameters that would change which endpoint a URL names are refused before anything is sent.
import { defaultPathSerializer } from "openapi-fetch";
import { ProviderClientError } from "../errors/provider-client-error.js";

/**
 * openapi-fetch's path serializer, refusing (`invalid_path_param`) a value that is empty, `.` or
 * `..`, also percent-encoded: the URL parser folds dot segments, so `/projects/1/lineItems/..`
 * would name `/projects/1` and `/domains/x/services/..` the domain.
 */
export function checkedPathSerializer(url: string, params: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(params)) {
    if ((typeof value === "string" || typeof value === "number") && isDotSegment(String(value))) {
      throw new ProviderClientError(
        `path parameter ${name} is ${JSON.stringify(String(value))}, which would change the path; not sent`,
        { code: "invalid_path_param", url },
      );
    }
  }
  return defaultPathSerializer(url, params);
}

/** "", ".", ".." and their %2e spellings. */
function isDotSegment(value: string): boolean {
  const decoded = value.replace(/%2e/gi, ".");
  return decoded === "" || decoded === "." || decoded === "..";
}
