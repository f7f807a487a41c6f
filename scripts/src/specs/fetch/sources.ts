// Reads `specs/<provider>/source.json`: where a provider's upstream document comes from.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../../generate/repo-paths.js";

/** What source.json records about a provider's spec. */
export interface SpecSource {
  provider: string;
  kind: "fetched" | "hand-written";
  /** Upstream document URLs, tried in order. */
  upstream: string[];
  /** API servers; their hosts are trusted as redirect targets too. */
  servers?: string[];
  docs?: string;
  license?: string;
}

/** Loads and checks one provider's source.json. */
export async function readSource(provider: string, root = repoRoot): Promise<SpecSource> {
  const file = path.join(root, "specs", provider, "source.json");
  const source = JSON.parse(await readFile(file, "utf8")) as SpecSource;
  if (source.kind !== "fetched" && source.kind !== "hand-written") {
    throw new Error(`${file}: kind must be "fetched" or "hand-written"`);
  }
  if (!Array.isArray(source.upstream)) throw new Error(`${file}: upstream must be a list of URLs`);
  return source;
}
