// Compares each of our specs with the vendor's document using the specs:diff engine, minus an allow-list.
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type Change,
  type ChangeKind,
  compareDocumentsByPlace,
  type DiffResult,
  isChangeKind,
} from "../diff/index.js";
import {
  isObject,
  loadDocument,
  type OpenApiDocument,
  parseDocumentText,
  SpecError,
} from "../openapi/load.js";
import type { AdoptedProvider } from "./adopt/adopted-providers.js";

/** A provider checked for conformance: an adopted one, its vendor document named by `vendorFile`. */
export type ConformanceProvider = Pick<AdoptedProvider, "name" | "vendorFile">;

/**
 * One intended difference from `specs/<provider>/differences.json`. `location` matches a prefix of
 * the change's location, segment by segment; a `**` segment stands for any number of segments.
 */
export interface AllowedDifference {
  kind: ChangeKind;
  operation?: string;
  location?: string;
  reason: string;
}

/** What a conformance check found for one provider. */
export interface ConformanceReport {
  provider: string;
  result: DiffResult;
  /** Changes of fact that no allow-list entry covers: each one is a failure. */
  unexpected: Change[];
  allowed: Change[];
  /** Allow-list entries that match nothing any more: stale, also a failure. */
  unused: AllowedDifference[];
}

/** Reads a vendor document, repairing only what stops it loading (BOM, Dynu's `COMMENTEDinfo`). */
export async function loadVendorDocument(file: string): Promise<OpenApiDocument> {
  const doc = parseDocumentText(await readFile(file, "utf8"), file);
  // Dynu's only public copy renamed `info` to `COMMENTEDinfo`: treat it as missing info.
  if (!isObject(doc.info) && "COMMENTEDinfo" in doc) delete doc.COMMENTEDinfo;
  const version = doc.openapi;
  if (typeof version !== "string" || !/^3\.[01]\.\d+$/.test(version)) {
    throw new SpecError(
      file,
      "/openapi",
      `expected OpenAPI 3.0 or 3.1, found ${JSON.stringify(version ?? null)}`,
    );
  }
  if (!isObject(doc.paths)) throw new SpecError(file, "/paths", "missing paths object");
  return doc;
}

/** Reads and validates an allow-list file (a JSON array of {kind, operation?, location?, reason}). */
export async function readAllowList(file: string): Promise<AllowedDifference[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new SpecError(file, "", `cannot read file (${(error as NodeJS.ErrnoException).code})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SpecError(file, "", `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value))
    throw new SpecError(file, "", "expected an array of allowed differences");
  return value.map((entry, index) => checkEntry(entry, file, `/${index}`));
}

/** True when the allow-list entry covers the change (same kind, operation, and location prefix). */
function isAllowed(change: Change, entry: AllowedDifference): boolean {
  if (entry.kind !== change.kind) return false;
  if (entry.operation !== undefined && entry.operation !== change.operation) return false;
  if (entry.location === undefined) return true;
  return matchesPrefix(entry.location.split("/"), change.location.split("/"));
}

// Pattern segments against location segments; a pattern that runs out first matches as a prefix.
function matchesPrefix(pattern: readonly string[], location: readonly string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return true;
  if (head === "**") {
    return (
      location.some((_, start) => matchesPrefix(rest, location.slice(start))) || rest.length === 0
    );
  }
  const [first, ...others] = location;
  if (first === undefined) return false;
  return head === first && matchesPrefix(rest, others);
}

/** Compares vendor -> ours for one adopted provider; cosmetic changes never count. */
export async function checkConformance(
  { name: provider, vendorFile: vendorPath }: ConformanceProvider,
  options: { repoRoot: string; upstreamDir: string },
): Promise<ConformanceReport> {
  const vendorFile = path.join(options.upstreamDir, vendorPath);
  const ourFile = path.join(options.repoRoot, "specs", provider, "openapi.yaml");
  const [vendor, ours, allowList] = await Promise.all([
    loadVendorDocument(vendorFile),
    loadDocument(ourFile),
    readAllowList(path.join(options.repoRoot, "specs", provider, "differences.json")),
  ]);
  const result = compareDocumentsByPlace(vendor, ours, { oldFile: vendorFile, newFile: ourFile });
  const used = new Set<AllowedDifference>();
  const unexpected: Change[] = [];
  const allowed: Change[] = [];
  for (const change of result.changes) {
    if (change.severity === "cosmetic") continue;
    const entry = allowList.find((candidate) => isAllowed(change, candidate));
    if (entry) {
      used.add(entry);
      allowed.push(change);
    } else unexpected.push(change);
  }
  return {
    provider,
    result,
    unexpected,
    allowed,
    unused: allowList.filter((entry) => !used.has(entry)),
  };
}

/** Lists the failures of a report, one line per change or stale entry. */
export function describeFailures(report: ConformanceReport): string {
  const lines = report.unexpected.map(
    (c) =>
      `${c.severity} ${c.kind} | ${c.operation || "(document)"} | ${c.location} | ${c.message}`,
  );
  for (const entry of report.unused) {
    lines.push(`stale allow-list entry: ${JSON.stringify(entry)}`);
  }
  return lines.join("\n");
}

function checkEntry(entry: unknown, file: string, pointer: string): AllowedDifference {
  if (!isObject(entry)) throw new SpecError(file, pointer, "expected an object");
  if (!isChangeKind(entry.kind))
    throw new SpecError(
      file,
      `${pointer}/kind`,
      `unknown change kind ${JSON.stringify(entry.kind)}`,
    );
  if (typeof entry.reason !== "string" || entry.reason.trim() === "") {
    throw new SpecError(file, `${pointer}/reason`, "every allowed difference needs a reason");
  }
  for (const key of ["operation", "location"] as const) {
    if (entry[key] !== undefined && typeof entry[key] !== "string") {
      throw new SpecError(file, `${pointer}/${key}`, "must be a string");
    }
  }
  return entry as unknown as AllowedDifference;
}
