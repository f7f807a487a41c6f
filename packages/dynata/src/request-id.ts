// Finds the request id support asks for: Dynata puts it in the error body.

/** `requestId` from a Dynata error body, else a request id header when the gateway sent one. */
export function dynataRequestId(response: Response, body: unknown): string | undefined {
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const id = (body as Record<string, unknown>).requestId;
    if (typeof id === "string" && id !== "") return id;
  }
  return response.headers.get("x-request-id") ?? response.headers.get("request-id") ?? undefined;
}
