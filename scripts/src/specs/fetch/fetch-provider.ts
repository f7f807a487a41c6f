// Fetches one provider's upstream document: sources in order, mirror override, cache on success.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cachedDocumentPath, readMeta, writeCache } from "./cache.js";
import { DownloadError, download } from "./download.js";
import { prepareDocument } from "./prepare-document.js";
import type { RedirectTrust } from "./redirect-policy.js";
import type { SpecSource } from "./sources.js";

/** Settings shared by every provider in one `specs:fetch` run. */
export interface FetchSettings {
  /** A mirror that stands in for the vendor (a folder or an http(s) URL), or one document. */
  from?: string | undefined;
  /** True when `from` is the provider's document itself (a file or URL), not a mirror base. */
  fromDocument?: boolean | undefined;
  timeoutMs: number;
  maxBytes: number;
  cacheDir: string;
  log: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

/** Outcome for one provider. */
export type FetchOutcome =
  | {
      provider: string;
      status: "updated" | "unchanged" | "not-modified";
      url: string;
      file: string;
    }
  | { provider: string; status: "failed"; errors: string[] };

/** Tries each source URL (or its mirror location) until one yields a valid document. */
export async function fetchProvider(
  source: SpecSource,
  settings: FetchSettings,
): Promise<FetchOutcome> {
  const { provider } = source;
  const errors: string[] = [];
  const previous = await readMeta(provider, settings.cacheDir);
  const file = cachedDocumentPath(provider, settings.cacheDir);
  const tried = new Set<string>();
  for (const upstream of source.upstream) {
    const location = settings.fromDocument
      ? documentLocation(settings.from!)
      : mirrorLocation(upstream, provider, settings.from);
    // Two upstream URLs with one file name map to the same mirror file: try it once.
    if (tried.has(location)) continue;
    tried.add(location);
    try {
      const started = Date.now();
      const isUrl = /^https?:\/\//.test(location);
      const usable = previous?.url === location && existsSync(file);
      const got = isUrl
        ? await download(location, {
            timeoutMs: settings.timeoutMs,
            maxBytes: settings.maxBytes,
            validators: usable ? previous : undefined,
            fetch: settings.fetch,
            trust: redirectTrust(source, settings.from),
          })
        : await readMirrorFile(location, settings.maxBytes);
      if (got.kind === "not-modified") {
        settings.log(`${provider}: ${location} not modified (304), keeping ${file}`);
        return { provider, status: "not-modified", url: location, file };
      }
      const prepared = await prepareDocument(got.text, location, got.contentType);
      const before = existsSync(file) ? await readFile(file, "utf8") : undefined;
      await writeCache(
        provider,
        prepared.yaml,
        {
          url: location,
          finalUrl: got.finalUrl,
          ...got.validators,
          fetchedAt: new Date().toISOString(),
          bytes: got.bytes,
          infoVersion: prepared.infoVersion,
          convertedFromSwagger2: prepared.convertedFromSwagger2,
        },
        settings.cacheDir,
      );
      const note = prepared.convertedFromSwagger2 ? ", converted from Swagger 2.0" : "";
      const changed = before !== prepared.yaml;
      const via = got.finalUrl === location ? "" : ` (redirected to ${got.finalUrl})`;
      settings.log(
        `${provider}: ${location}${via} -> ${got.bytes} bytes in ${Date.now() - started} ms, OpenAPI ${prepared.openapiVersion}, version ${prepared.infoVersion}${note}; ${changed ? "updated" : "unchanged"} ${file}`,
      );
      return { provider, status: changed ? "updated" : "unchanged", url: location, file };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(message);
      settings.log(`${provider}: ${message}`);
    }
  }
  if (source.upstream.length === 0)
    errors.push(`${provider} has no upstream document to fetch (kind ${source.kind})`);
  return { provider, status: "failed", errors };
}

/** Hosts source.json names (upstream, servers, docs) and the `--from` mirror's origin. */
function redirectTrust(source: SpecSource, from: string | undefined): RedirectTrust {
  const urls = [
    ...source.upstream,
    ...(source.servers ?? []),
    ...(source.docs ? [source.docs] : []),
  ];
  const hosts = urls.flatMap((url) => (URL.canParse(url) ? [new URL(url).hostname] : []));
  const fromOrigin = from && /^https?:\/\//.test(from) ? new URL(from).origin : undefined;
  return { hosts, fromOrigin };
}

/** A document named by `--from`: a URL as it is, a file made absolute. */
function documentLocation(from: string): string {
  return /^https?:\/\//.test(from) ? from : path.resolve(from);
}

/** True when `--from` names one document (a file, or a URL or path ending in .json/.yaml/.yml) rather than a mirror base. */
export function namesDocument(from: string): boolean {
  if (/^https?:\/\//.test(from)) return /\.(json|ya?ml)$/i.test(new URL(from).pathname);
  const stats = statSync(from, { throwIfNoEntry: false });
  return stats ? stats.isFile() : /\.(json|ya?ml)$/i.test(from);
}

/** Where to read `upstream` from: the URL itself, or `<mirror>/<provider>/<file name>`. */
function mirrorLocation(upstream: string, provider: string, from: string | undefined): string {
  if (!from) return upstream;
  const name = path.posix.basename(new URL(upstream).pathname);
  if (/^https?:\/\//.test(from)) return `${from.replace(/\/+$/, "")}/${provider}/${name}`;
  return path.resolve(from, provider, name);
}

/** Reads a mirror file with the same size limit a download has. */
async function readMirrorFile(file: string, maxBytes: number) {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new DownloadError(file, `cannot read mirror file (${error.code})`, { cause: error });
  });
  if (bytes.length > maxBytes)
    throw new DownloadError(file, `document exceeds the ${maxBytes}-byte limit`);
  return {
    kind: "body" as const,
    text: bytes.toString("utf8"),
    contentType: "",
    validators: {},
    bytes: bytes.length,
    finalUrl: file,
  };
}
