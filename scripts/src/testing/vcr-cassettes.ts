// Reads vcrpy cassettes (`interactions[].request/response`) into recorded answers with their requests.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { RecordedAnswer } from "./recorded-answer.js";

interface Interaction {
  request: { method: string; uri: string; body: string | null };
  response: {
    status: { code: number };
    headers: Record<string, string[]>;
    body: { string: string };
  };
}

/** The interactions of one cassette, each named `<file>#<index>`. */
export function parseCassette(text: string, file: string): RecordedAnswer[] {
  const cassette = parse(text) as { interactions?: Interaction[] };
  if (!Array.isArray(cassette?.interactions)) throw new Error(`${file}: no interactions list`);
  return cassette.interactions.map((interaction, index) => ({
    source: `${file}#${index}`,
    status: interaction.response.status.code,
    headers: Object.entries(interaction.response.headers).flatMap(([name, values]) =>
      values.map((value): [string, string] => [name, value]),
    ),
    body: interaction.response.body.string,
    request: {
      method: interaction.request.method,
      url: interaction.request.uri,
      body: interaction.request.body,
    },
  }));
}

/** Every `*.yaml` cassette in `dir` (sorted by name), flattened. */
export async function readCassettes(dir: string): Promise<RecordedAnswer[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".yaml")).sort();
  const lists = await Promise.all(
    files.map(async (file) => parseCassette(await readFile(join(dir, file), "utf8"), file)),
  );
  return lists.flat();
}
