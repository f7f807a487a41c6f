// One HTTP download with a timeout, conditional headers, a size limit, truncation checks and vetted redirects.
import { type RedirectTrust, redirectRefusal, resolvedRefusal } from "./redirect-policy.js";

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
      /** Where the document came from after redirects (the requested URL when there were none). */
      finalUrl: string;
    };

/** Limits for one download. */
export interface DownloadOptions {
  timeoutMs: number;
  maxBytes: number;
  validators?: Validators | undefined;
  fetch?: typeof globalThis.fetch;
  /** Hosts and mirror a redirect may lead to; by default only the URL's own registrable domain. */
  trust?: RedirectTrust | undefined;
}

const maxRedirects = 5;

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

/**
 * GETs `url`; 304 when the validators still match; throws DownloadError on anything unusable.
 * Redirects are followed by hand, each target vetted by `redirectRefusal` (https, vendor host,
 * never the local network unless it is the `--from` mirror) before anything is sent to it.
 */
export async function download(url: string, options: DownloadOptions): Promise<DownloadResult> {
  const headers = new Headers({
    accept: "application/json, application/yaml, text/yaml, */*;q=0.1",
  });
  if (options.validators?.etag) headers.set("if-none-match", options.validators.etag);
  if (options.validators?.lastModified)
    headers.set("if-modified-since", options.validators.lastModified);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const start = new URL(url);
  let current = start;
  let response: Response;
  for (let hop = 0; ; hop++) {
    try {
      response = await (options.fetch ?? fetch)(current, { headers, signal, redirect: "manual" });
    } catch (error) {
      const reason = signal.aborted
        ? `timed out after ${options.timeoutMs} ms`
        : `request failed (${describe(error)})`;
      throw new DownloadError(url, reason, { cause: error });
    }
    if (![301, 302, 303, 307, 308].includes(response.status)) break;
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new DownloadError(url, `HTTP ${response.status} without a Location`);
    if (hop >= maxRedirects) throw new DownloadError(url, `more than ${maxRedirects} redirects`);
    const target = new URL(location, current);
    const trust = options.trust ?? { hosts: [] };
    const refusal = redirectRefusal(start, target, trust) ?? (await resolvedRefusal(target, trust));
    if (refusal) throw new DownloadError(url, `redirect to ${target.href} refused: ${refusal}`);
    current = target;
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
  // Content-Length counts the encoded bytes; fetch hands us decoded ones, so only identity compares.
  const encoding = (response.headers.get("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding === "identity" && !Number.isNaN(declared) && body.length !== declared) {
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
    finalUrl: current.href,
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
