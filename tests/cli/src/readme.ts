// The README's "Command line" section: its command lines and its script example, run by the tests.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { providerEntry } from "@provider-clients/scripts/providers";
import { vi } from "vitest";
import { binOf, repositoryRoot } from "./bins.js";

/** `login`, `logout` and `fake` as the provider README's sh block writes them, turned into argv. */
export async function readmeCommand(provider: string, command: string): Promise<string[]> {
  const readme = await readFile(join(repositoryRoot, "packages", provider, "README.md"), "utf8");
  const section = readme.split("\n## Command line\n")[1]?.split("\n## ")[0] ?? "";
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const prefix = `npx ${providerEntry(provider).package} `;
  for (const line of block.split("\n")) {
    const args = line.startsWith(prefix) ? line.slice(prefix.length).trim().split(/\s+/) : [];
    if (args[0] === command) return [...binOf(provider), ...args];
  }
  throw new Error(`${provider}'s README shows no "${command}" command line`);
}

/** Runs the package's `examples/use-the-command-line-login.ts` with `env` and returns what it logged. */
export async function runLoginExample(
  provider: string,
  env: Record<string, string>,
): Promise<string[]> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  try {
    const file = join(
      repositoryRoot,
      "packages",
      provider,
      "examples",
      "use-the-command-line-login.ts",
    );
    await import(pathToFileURL(file).href);
  } finally {
    spy.mockRestore();
    vi.unstubAllEnvs();
  }
  return lines;
}
