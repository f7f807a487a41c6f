// What a spec tool must print about a bad document: the file, the JSON pointer, a clear reason,
// and no stack trace.
import { expect } from "vitest";
import type { ChildResult } from "../support/run-child.js";
import type { BadDocument } from "./bad-documents.js";

const stackLine = /^\s+at .+(\(.+:\d+:\d+\)|:\d+:\d+|\(native\))$/m;

/**
 * Asserts the tool ended with one of `exitCodes` (not by a signal or our timeout), printed no stack
 * trace, and named `fileSuffix` together with the document's pointer and reason on one line.
 */
export function expectClearError(
  result: ChildResult,
  doc: Pick<BadDocument, "pointer" | "says">,
  fileSuffix: string,
  exitCodes: readonly number[],
): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.timedOut, "the tool hung").toBe(false);
  expect(exitCodes, `exit code; output:\n${output.slice(0, 1500)}`).toContain(result.code);
  expect(output.match(stackLine)?.[0], "a stack trace in the output").toBeUndefined();
  const lines = output.split("\n").filter((line) => line.includes(fileSuffix));
  expect(
    lines.length,
    `no line names ${fileSuffix}; output:\n${output.slice(-2000)}`,
  ).toBeGreaterThan(0);
  const pointer = doc.pointer;
  const named = lines.filter((line) => {
    const at = line.indexOf(fileSuffix) + fileSuffix.length;
    const rest = line.slice(at);
    const pointerOk =
      pointer === undefined ||
      new RegExp(`^#${pointer.source.replace(/^\^/, "").replace(/\$$/, "")}[:\\s]`).test(rest);
    return pointerOk && doc.says.test(line);
  });
  expect(
    named,
    `a line naming ${fileSuffix}${pointer ? ` at #${pointer.source}` : ""} and saying ${doc.says}; got:\n${lines.join("\n").slice(0, 2000)}`,
  ).not.toEqual([]);
}
