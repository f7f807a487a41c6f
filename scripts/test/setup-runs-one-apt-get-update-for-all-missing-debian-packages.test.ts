// scripts/setup.sh installs the Debian packages the tests need with one `apt-get update`, and none when all are there.
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";

const CHROMIUM = "/usr/bin/chromium";

/** Runs a copy of setup.sh with stub apt-get, pnpm and id on an otherwise empty PATH; returns the stubs' log. */
async function runSetup(present: {
  redis: boolean;
  chromium: boolean;
  script?: boolean;
}): Promise<string[]> {
  const root = await mkdtemp(path.join(tmpdir(), "pc-setup-"));
  const bin = path.join(root, "bin");
  await mkdir(path.join(root, "scripts"), { recursive: true });
  await mkdir(bin);
  const log = path.join(root, "calls.log");
  const stub = async (name: string, body: string) => {
    await writeFile(path.join(bin, name), `#!/bin/bash\n${body}\n`);
    await chmod(path.join(bin, name), 0o755);
  };
  await stub("apt-get", `echo "apt-get $*" >> ${log}`);
  await stub("id", "echo 0");
  await stub("pnpm", `[ "$1" = --version ] && { echo 12.4.2; exit 0; }; echo "pnpm $*" >> ${log}`);
  if (present.redis) await stub("redis-server", "exit 0");
  if (present.script ?? true) await stub("script", "exit 0");
  await symlink("/usr/bin/dirname", path.join(bin, "dirname"));
  // The copy probes a browser path that exists or not as the case needs; the rest is setup.sh as it is.
  const browser = present.chromium ? path.join(bin, "id") : path.join(root, "no-chromium");
  const script = await readFile(path.join(repoRoot, "scripts", "setup.sh"), "utf8");
  expect(script).toContain(CHROMIUM);
  await writeFile(path.join(root, "scripts", "setup.sh"), script.replaceAll(CHROMIUM, browser));
  try {
    await promisify(execFile)("/bin/bash", [path.join(root, "scripts", "setup.sh")], {
      env: { PATH: bin },
    });
    return (await readFile(log, "utf8")).trim().split("\n");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("setup.sh and Debian packages", () => {
  it("on a fresh machine: one apt-get update, then one install of redis-server, chromium and bsdutils", async () => {
    expect(await runSetup({ redis: false, chromium: false, script: false })).toEqual([
      "apt-get update -qq",
      "apt-get install -y -qq redis-server chromium bsdutils",
      "pnpm install --frozen-lockfile",
    ]);
  });

  it("with one missing: one update and that package only", async () => {
    expect(await runSetup({ redis: true, chromium: false })).toEqual([
      "apt-get update -qq",
      "apt-get install -y -qq chromium",
      "pnpm install --frozen-lockfile",
    ]);
  });

  it("with both present: apt-get is never run", async () => {
    expect(await runSetup({ redis: true, chromium: true })).toEqual([
      "pnpm install --frozen-lockfile",
    ]);
  });
});
