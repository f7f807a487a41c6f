// Reads raw HTTP answer files (status line, headers, blank line, body; LF or CRLF) from a folder tree.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { RecordedAnswer } from "./recorded-answer.js";

/** Parses one raw HTTP answer; `source` names it in errors. */
export function parseRawHttpAnswer(text: string, source: string): RecordedAnswer {
  const split = /\r?\n\r?\n/.exec(text);
  const head = split ? text.slice(0, split.index) : text;
  const body = split ? text.slice(split.index + split[0].length) : "";
  const [statusLine = "", ...headerLines] = head.split(/\r?\n/);
  const status = /^HTTP\/[\d.]+ (\d{3})/.exec(statusLine)?.[1];
  if (!status)
    throw new Error(
      `${source}: no HTTP status line (found ${JSON.stringify(statusLine.slice(0, 40))})`,
    );
  const headers = headerLines.map((line): [string, string] => {
    const colon = line.indexOf(":");
    if (colon < 1)
      throw new Error(`${source}: malformed header line ${JSON.stringify(line.slice(0, 40))}`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  return { source, status: Number(status), headers, body };
}

/** Every `*.http` file under `dir` (sorted by path), parsed. */
export async function readRawHttpAnswers(dir: string): Promise<RecordedAnswer[]> {
  const files = (await readdir(dir, { recursive: true }))
    .filter((file) => file.endsWith(".http"))
    .sort();
  return Promise.all(
    files.map(async (file) =>
      parseRawHttpAnswer(await readFile(join(dir, file), "utf8"), relative(dir, join(dir, file))),
    ),
  );
}
