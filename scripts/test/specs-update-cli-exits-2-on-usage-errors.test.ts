// Usage errors stop specs:update before it fetches or writes anything, with exit code 2 and the usage text.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";
import { run } from "./helpers-workspace-copy.js";

const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
const cli = (...args: string[]) => run(tsx, ["scripts/src/specs/update-cli.ts", ...args], repoRoot);

// Each case is its own process, so they run side by side.
describe.concurrent("specs:update usage errors", () => {
  it.each([
    [["--provider", "nope"], /unknown provider "nope"/],
    [["--timeout-ms", "soon"], /--timeout-ms and --max-bytes take positive whole numbers/],
    [["--max-bytes", "0"], /--timeout-ms and --max-bytes take positive whole numbers/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
    [["--from", "http://127.0.0.1:9/openapi.yml"], /names one document: say which provider/],
  ])("%j exits 2 and prints the usage", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain("usage: pnpm specs:update");
    expect(result.stdout).toBe("");
  });

  it("--help prints the usage with exit 0", async () => {
    const result = await cli("--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit codes: 0 done");
  });
});
