// The local cache of fetched vendor documents: reference input for specs:update, never committed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../../generate/repo-paths.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import type { Validators } from "./download.js";

/** What we remember about the last fetch of a provider's document. */
export interface FetchMeta extends Validators {
  url: string;
  /** The URL the document finally came from, after redirects. */
  finalUrl?: string | undefined;
  fetchedAt: string;
  bytes: number;
  infoVersion: string;
  convertedFromSwagger2: boolean;
}

/** Folder that holds `<provider>/openapi.yaml` and `<provider>/fetch-meta.json`. */
export function cacheDir(root = repoRoot): string {
  return path.join(root, ".cache", "upstream");
}

/** Path of the cached, normalised vendor document. */
export function cachedDocumentPath(provider: string, dir = cacheDir()): string {
  return path.join(dir, provider, "openapi.yaml");
}

/** Reads the previous fetch's metadata, if any. */
export async function readMeta(provider: string, dir = cacheDir()): Promise<FetchMeta | undefined> {
  try {
    return JSON.parse(
      await readFile(path.join(dir, provider, "fetch-meta.json"), "utf8"),
    ) as FetchMeta;
  } catch {
    return undefined;
  }
}

/** Writes the document first, then its metadata, each atomically. */
export async function writeCache(
  provider: string,
  yaml: string,
  meta: FetchMeta,
  dir = cacheDir(),
): Promise<void> {
  await writeFileAtomic(cachedDocumentPath(provider, dir), yaml);
  await writeFileAtomic(
    path.join(dir, provider, "fetch-meta.json"),
    `${JSON.stringify(meta, null, 2)}\n`,
  );
}
