// Opt-in mode where non-2xx answers throw ApiError instead of coming back as `{ error }`.
import type { Client } from "openapi-fetch";
import { ApiError } from "../errors/api-error.js";

const verbs = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type Result = { error?: unknown; response: Response };

/** Wraps every call method of `client` so an error result is raised as ApiError. */
export function throwOnErrorResults<Paths extends {}>(
  client: Client<Paths>,
  provider: string,
  requestIdOf: (response: Response, body: unknown) => string | undefined,
): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => Promise<Result>>;
  for (const name of [...verbs, "request"] as const) {
    const original = target[name]!;
    target[name] = async (...args) => {
      const result = await original(...args);
      if (result.error === undefined && result.response.ok) return result;
      const { response } = result;
      throw new ApiError({
        provider,
        method: name === "request" ? String(args[0]).toUpperCase() : name,
        url: response.url,
        status: response.status,
        body: result.error,
        requestId: requestIdOf(response, result.error),
        response,
      });
    };
  }
}
