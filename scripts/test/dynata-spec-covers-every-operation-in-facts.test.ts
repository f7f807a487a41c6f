// Our hand-written Dynata spec must hold exactly the operations that FACTS.md lists, with its ids.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isObject, loadDocument } from "../src/openapi/load.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const specFile = join(repoRoot, "specs/dynata/openapi.yaml");
const differencesFile = join(repoRoot, "specs/dynata/differences.md");
const sharedDir = process.env.UPSTREAM_SPECS_DIR ?? resolve(repoRoot, "../shared/upstream-specs");
const factsFile = join(sharedDir, "dynata/FACTS.md");

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** One operation as FACTS.md describes it; `operationId` is null where FACTS names none. */
interface FactOperation {
  method: string;
  path: string;
  operationId: string | null;
}

/** One operation as our spec declares it. */
interface SpecOperation {
  method: string;
  path: string;
  operationId: unknown;
  security: unknown;
}

/** Path parameter names differ between clients; only the shape of the path counts. */
function pathKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`;
}

/** snake_case (Ruby SDK) to camelCase (our operationIds). */
function camelCase(snake: string): string {
  const [first = "", ...rest] = snake.split("_");
  return first + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

/** The cells of each data row of the first Markdown table after `heading`. */
function tableRows(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) throw new Error(`FACTS.md has no "${heading}" section`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("## ")) break;
    if (!line.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  // Drop the header row and the |---| separator.
  return rows.slice(2);
}

/** Expands a row's path cell: a one-segment fragment such as `/pause` replaces the last segment. */
function expandPaths(cell: string): string[] {
  const fragments = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
  const [first, ...rest] = fragments;
  if (first === undefined) throw new Error(`no path in cell: ${cell}`);
  return [
    first,
    ...rest.map((fragment) =>
      fragment.split("/").length === 2
        ? first.slice(0, first.lastIndexOf("/")) + fragment
        : fragment,
    ),
  ];
}

/** Expands `line_items_launch/pause/close` or `get/upsert_project_permissions` into full ids. */
function expandIds(cell: string): string[] {
  const primary = (cell.split(" / ")[0] ?? "").trim();
  if (!primary.includes("_")) return [];
  const alternatives = primary.split("/");
  if (alternatives.length === 1) return [primary];
  const head = alternatives[0] ?? "";
  if (head.includes("_")) {
    const stem = head.slice(0, head.lastIndexOf("_") + 1);
    return [head, ...alternatives.slice(1).map((word) => stem + word)];
  }
  const last = alternatives[alternatives.length - 1] ?? "";
  const tail = last.slice(last.indexOf("_"));
  return [...alternatives.slice(0, -1).map((word) => word + tail), last];
}

/** Every Sample API operation in the FACTS table, GET/POST pairs and `/launch` `/pause` rows expanded. */
function factOperations(markdown: string): FactOperation[] {
  const operations: FactOperation[] = [];
  for (const [methodCell = "", pathCell = "", idCell = "", purpose = ""] of tableRows(
    markdown,
    "## Operations",
  )) {
    const prefix = purpose.includes("host root") ? "" : "/sample/v1";
    const methods = methodCell.split("/").map((method) => method.trim());
    const paths = expandPaths(pathCell).map((path) => prefix + path);
    const rowOperations = paths.flatMap((path) => methods.map((method) => ({ method, path })));
    const ids = expandIds(idCell);
    if (ids.length > 0 && ids.length !== rowOperations.length) {
      throw new Error(`cannot pair ids "${idCell}" with ${rowOperations.length} operations`);
    }
    rowOperations.forEach((operation, index) => {
      const id = ids[index];
      operations.push({ ...operation, operationId: id === undefined ? null : camelCase(id) });
    });
  }
  return operations;
}

/** The auth endpoints of FACTS.md: method and full path. */
function factAuthOperations(markdown: string): FactOperation[] {
  return tableRows(markdown, "## Authentication").map(([method = "", pathCell = ""]) => ({
    method,
    path: expandPaths(pathCell)[0] ?? "",
    operationId: null,
  }));
}

/** Every operation our spec declares. */
async function specOperations(): Promise<SpecOperation[]> {
  const doc = await loadDocument(specFile);
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, unknown>)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        security: operation.security,
      });
    }
  }
  return operations;
}

describe("the Dynata spec's auth endpoints", () => {
  it("take no credential, so a client can call them before it has a token", async () => {
    const auth = (await specOperations()).filter((operation) =>
      operation.path.startsWith("/auth/"),
    );
    expect(auth.length).toBeGreaterThanOrEqual(3);
    for (const operation of auth) {
      expect(operation.security, `${operation.method} ${operation.path}`).toEqual([]);
    }
  });
});

if (!existsSync(factsFile)) {
  describe("the Dynata spec against FACTS.md", () => {
    it("cannot run without the shared upstream facts", () => {
      console.warn(
        `\n${"!".repeat(72)}\n!! ${factsFile} is missing: the Dynata spec was NOT compared with FACTS.md.\n` +
          `!! Set UPSTREAM_SPECS_DIR or check out ../shared next to the repository.\n${"!".repeat(72)}\n`,
      );
      expect(process.env.CI, "CI must always have the shared upstream facts").toBeFalsy();
    });
  });
} else {
  const facts = readFileSync(factsFile, "utf8");

  describe("the Dynata spec against FACTS.md", () => {
    it("declares every Sample API and auth operation that FACTS.md lists", async () => {
      const declared = new Set((await specOperations()).map((op) => pathKey(op.method, op.path)));
      const listed = [...factOperations(facts), ...factAuthOperations(facts)];
      expect(listed.length).toBeGreaterThan(40);
      const missing = listed
        .map((op) => pathKey(op.method, op.path))
        .filter((key) => !declared.has(key));
      expect(missing).toEqual([]);
    });

    it("declares no operation that FACTS.md does not list", async () => {
      const listed = new Set(
        [...factOperations(facts), ...factAuthOperations(facts)].map((op) =>
          pathKey(op.method, op.path),
        ),
      );
      const extra = (await specOperations())
        .map((op) => pathKey(op.method, op.path))
        .filter((key) => !listed.has(key));
      expect(extra).toEqual([]);
    });

    it("uses the Ruby SDK's ids in camelCase wherever FACTS.md gives one", async () => {
      const byKey = new Map(
        (await specOperations()).map((op) => [pathKey(op.method, op.path), op]),
      );
      const named = factOperations(facts).filter((op) => op.operationId !== null);
      expect(named.length).toBeGreaterThan(30);
      const wrong = named
        .map((op) => ({
          key: pathKey(op.method, op.path),
          expected: op.operationId,
          actual: byKey.get(pathKey(op.method, op.path))?.operationId,
        }))
        .filter((entry) => entry.expected !== entry.actual);
      expect(wrong).toEqual([]);
    });

    it("lists in differences.md every operationId that FACTS.md does not give", async () => {
      const differences = readFileSync(differencesFile, "utf8");
      const byKey = new Map(
        (await specOperations()).map((op) => [pathKey(op.method, op.path), op]),
      );
      const unnamed = [...factOperations(facts), ...factAuthOperations(facts)].filter(
        (op) => op.operationId === null,
      );
      expect(unnamed.length).toBeGreaterThan(0);
      const unexplained = unnamed
        .map((op) => byKey.get(pathKey(op.method, op.path))?.operationId)
        .filter((id) => typeof id !== "string" || !differences.includes(`\`${id}\``));
      expect(unexplained).toEqual([]);
    });

    it("gives every auth endpoint of FACTS.md an empty security list", async () => {
      const byKey = new Map(
        (await specOperations()).map((op) => [pathKey(op.method, op.path), op]),
      );
      const auth = factAuthOperations(facts);
      expect(auth.map((op) => op.path)).toContain("/auth/v1/token/password");
      for (const op of auth) {
        expect(byKey.get(pathKey(op.method, op.path))?.security, op.path).toEqual([]);
      }
    });
  });
}
