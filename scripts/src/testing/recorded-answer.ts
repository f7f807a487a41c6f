// One recorded vendor answer (and, when recorded, its request), and a fetch that plays it back.

/** A request as the recording shows it. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: string | null;
}

/** A recorded answer, named by the file (and position) it came from. */
export interface RecordedAnswer {
  /** File path relative to the provider's recorded folder, plus `#n` for cassette entries. */
  readonly source: string;
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
  readonly request?: RecordedRequest;
}

/** The Response a server sending `answer` would have produced (no body for 204/304, as fetch demands). */
export function recordedResponse(answer: RecordedAnswer): Response {
  const bodyless = answer.status === 204 || answer.status === 304;
  return new Response(bodyless ? null : answer.body, {
    status: answer.status,
    headers: answer.headers.map(([name, value]): [string, string] => [name, value]),
  });
}

/** A fetch that answers every request with `answer` and keeps the requests it saw. */
export function replayFetch(answer: RecordedAnswer): {
  fetch: typeof globalThis.fetch;
  requests: Request[];
} {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    const response = recordedResponse(answer);
    Object.defineProperty(response, "url", { value: request.url });
    return response;
  };
  return { fetch, requests };
}

/** The media type of an answer (`application/json` for `application/json; charset=utf-8`), or null. */
export function mediaTypeOf(answer: RecordedAnswer): string | null {
  const header = answer.headers.find(([name]) => name.toLowerCase() === "content-type");
  return header ? (header[1].split(";")[0]?.trim().toLowerCase() ?? null) : null;
}
