// The typed-consumer referee: for every diff fixture pair, types are generated for both documents
// and a probe written against the old types is compiled against the new ones, all in one tsc
// program. A breaking verdict must make the probe fail on a line tagged with a reported kind; a
// non-breaking verdict must compile. Kinds TypeScript cannot see are listed with the reason.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeKind, DiffResult } from "../src/diff/index.js";
import { renderTypes } from "../src/generate/render-types.js";
import { parseDocumentText } from "../src/openapi/load.js";
import { compareFixture, diffFixtures } from "./helpers-diff.js";

/** Breaking kinds generated types cannot express, so no probe can fail on them. */
const INVISIBLE_TO_TYPES: Partial<Record<ChangeKind, string>> = {
  "security-tightened": "who may call an operation is not part of the generated types",
  "constraint-tightened": "validation bounds (minimum, pattern, ...) are not TypeScript types",
  "format-narrowed": "formats (email, int32) are plain `string` and `number` in TypeScript",
  "type-narrowed": "the fixture narrows number to integer: both are `number` in TypeScript",
  "request-media-type-removed":
    "openapi-fetch types a request body as the union of its media types; which one the server takes is a runtime matter",
  "response-media-type-removed":
    "dropping a member of the `data` union never fails compilation; reading it with the old parseAs fails at run time",
};

interface Verdict {
  name: string;
  result: DiffResult;
  /** Failing lines of the probe compiled against the new types: line text and its @breaks tags. */
  failures: { line: string; tags: string[]; message: string }[];
  oldErrors: string[];
}

let verdicts: Verdict[] = [];
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "diff-referee-"));
  const names = (await readdir(diffFixtures, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const sharedProbe = await readFile(path.join(diffFixtures, "probe.ts"), "utf8");
  const probes = new Map<string, string>();
  for (const name of names) {
    const dir = path.join(work, name);
    await mkdir(dir);
    const own = await readFile(path.join(diffFixtures, name, "probe.ts"), "utf8").catch(() => "");
    const probe = own || sharedProbe;
    probes.set(name, probe);
    for (const side of ["old", "new"] as const) {
      const file = path.join(diffFixtures, name, `${side}.yaml`);
      const doc = parseDocumentText(await readFile(file, "utf8"), file);
      await writeFile(path.join(dir, `${side}.ts`), await renderTypes(doc));
      await writeFile(
        path.join(dir, `probe-${side}.ts`),
        probe.replace(/from "\.\/api"/g, `from "./${side}"`),
      );
    }
  }
  const diagnostics = compileAll(names.flatMap((name) => probeFiles(name)));
  verdicts = await Promise.all(
    names.map(async (name) => {
      const lines = probes.get(name)!.split("\n");
      const tags = tagsByLine(lines);
      const [oldFile, newFile] = probeFiles(name);
      return {
        name,
        result: await compareFixture(name),
        oldErrors: (diagnostics.get(oldFile!) ?? []).map((d) => d.message),
        failures: (diagnostics.get(newFile!) ?? []).map((d) => ({
          line: lines[d.line]?.trim() ?? "",
          tags: tags.get(d.line) ?? [],
          message: d.message,
        })),
      };
    }),
  );
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("breaking verdicts are confirmed by compiling old code against new types", () => {
  it("compiles every probe against the old types it was written for", () => {
    expect(verdicts.length).toBeGreaterThan(40);
    for (const v of verdicts) expect(v.oldErrors, v.name).toEqual([]);
  });

  it("compiles every probe against the new types when the verdict is not breaking", () => {
    for (const v of verdicts.filter((v) => v.result.bump !== "major")) {
      expect(v.failures, `${v.name} is ${v.result.bump} but its probe broke`).toEqual([]);
    }
  });

  it("fails each breaking fixture's probe only on lines tagged with a kind the comparison reported", () => {
    const problems: string[] = [];
    for (const v of verdicts.filter((v) => v.result.bump === "major")) {
      const kinds = breakingKinds(v.result);
      const visible = kinds.filter((kind) => !INVISIBLE_TO_TYPES[kind]);
      if (visible.length > 0 && v.failures.length === 0)
        problems.push(`${v.name}: reported ${visible.join(", ")} but its probe still compiles`);
      for (const failure of v.failures) {
        if (failure.tags.some((tag) => kinds.includes(tag as ChangeKind))) continue;
        problems.push(
          `${v.name}: "${failure.line}" broke (${failure.message}) but the comparison reported ${kinds.join(", ")}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("sees every breaking kind the fixtures produce fail some probe, unless types cannot express it", () => {
    const failing = new Set(
      verdicts.flatMap((v) =>
        v.failures.flatMap((f) =>
          f.tags.filter((tag) => breakingKinds(v.result).includes(tag as ChangeKind)),
        ),
      ),
    );
    const produced = new Set(verdicts.flatMap((v) => breakingKinds(v.result)));
    for (const kind of produced) {
      if (INVISIBLE_TO_TYPES[kind]) continue;
      expect(failing.has(kind), `no probe fails on ${kind}`).toBe(true);
    }
    // An invisible kind that some probe does catch is mislabelled.
    for (const kind of Object.keys(INVISIBLE_TO_TYPES)) expect(failing.has(kind), kind).toBe(false);
  });
});

function breakingKinds(result: DiffResult): ChangeKind[] {
  return [...new Set(result.changes.filter((c) => c.severity === "breaking").map((c) => c.kind))];
}

function probeFiles(name: string): [string, string] {
  return [path.join(work, name, "probe-old.ts"), path.join(work, name, "probe-new.ts")];
}

// `// @breaks a b` tags the next code line with kinds allowed to fail it.
function tagsByLine(lines: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let pending: string[] = [];
  lines.forEach((line, index) => {
    const tag = /^\s*\/\/ @breaks (.+)$/.exec(line);
    if (tag) pending = [...pending, ...tag[1]!.trim().split(/\s+/)];
    else if (!/^\s*\/\//.test(line) && line.trim() !== "") {
      if (pending.length > 0) out.set(index, pending);
      pending = [];
    }
  });
  return out;
}

/** One tsc program for every probe; diagnostics by file as zero-based lines. */
function compileAll(files: string[]) {
  const fetchTypes = path.join(import.meta.dirname, "..", "node_modules", "openapi-fetch");
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
    paths: { "openapi-fetch": [path.join(fetchTypes, "dist", "index.d.ts")] },
  });
  const out = new Map<string, { line: number; message: string }[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || d.start === undefined)
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    const list = out.get(path.resolve(d.file.fileName)) ?? [];
    list.push({ line, message: ts.flattenDiagnosticMessageText(d.messageText, " ").slice(0, 300) });
    out.set(path.resolve(d.file.fileName), list);
  }
  return out;
}
