// One HTTP download with a timeout, conditional headers, a size limit and truncation checks.

/** Validators remembered from the last successful download. */
export interface Validators {
  etag?: string | undefined;
  lastModified?: string | undefined;
}

export type DownloadResult =
  | { kind: "not-modified"; status: 304 }
  | {
      kind: "body";
      status: number;
      text: string;
      contentType: string;
      validators: Validators;
      bytes: number;
    };

/** Limits for one download. */
export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
  validators?: Validators | undefined;
  fetch?: typeof globalThis.fetch;
}

/** Raised when a download fails; `message` says what and where, never partial content. */
export class DownloadError extends Error {
  override name = "DownloadError";
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${reason}`, options);
  }
}

/** GETs `url`; 304 when the validators still match; throws DownloadError on anything unusable. */
export async function download(url: string, options: DownloadOptions): Promise<DownloadResult> {
  const headers = new Headers({
    accept: "application/json, application/yaml, text/yaml, */*;q=0.1",
  });
  if (options.validators?.etag) headers.set("if-none-match", options.validators.etag);
  if (options.validators?.lastModified)
    headers.set("if-modified-since", options.validators.lastModified);
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, signal, redirect: "follow" });
  } catch (error) {
    const reason = signal.aborted
      ? `timed out after ${options.timeoutMs} ms`
      : `request failed (${describe(error)})`;
    throw new DownloadError(url, reason, { cause: error });
  }
  if (response.status === 304) return { kind: "not-modified", status: 304 };
  if (!response.ok) {
    await response.body?.cancel();
    throw new DownloadError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new DownloadError(
      url,
      `document is ${declared} bytes, over the ${options.maxBytes}-byte limit`,
    );
  }
  const body = await readLimited(url, response, options.maxBytes, signal, options.timeoutMs);
  if (!Number.isNaN(declared) && body.length !== declared) {
    throw new DownloadError(url, `truncated body (got ${body.length} of ${declared} bytes)`);
  }
  return {
    kind: "body",
    status: response.status,
    text: new TextDecoder("utf-8", { fatal: false }).decode(body),
    contentType: response.headers.get("content-type") ?? "",
    validators: {
      etag: response.headers.get("etag") ?? undefined,
      lastModified: response.headers.get("last-modified") ?? undefined,
    },
    bytes: body.length,
  };
}

/** Reads the body chunk by chunk, stopping as soon as it passes `maxBytes`. */
async function readLimited(
  url: string,
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new DownloadError(url, `document exceeds the ${maxBytes}-byte limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    const reason = signal.aborted
      ? `timed out after ${timeoutMs} ms`
      : `connection broke mid-body (${describe(error)})`;
    throw new DownloadError(url, `truncated body: ${reason}`, { cause: error });
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
