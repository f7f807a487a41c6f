// A provider package's bin is the one its package.json declares (`provider-clients-<name>`); a package
// without one (a scaffolded static-credential provider) must not promise a command line in its README.
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { declaredBin, repositoryRoot } from "../src/bins.js";
import { readmeCommand } from "../src/readme.js";

const withBin = registry.filter((entry) => declaredBin(entry.name) !== undefined);
const withoutBin = registry.filter((entry) => declaredBin(entry.name) === undefined);

it.each(withBin.map((entry) => [entry.name, entry.package]))(
  "%s: the README shows login, logout and fake, and --help names the package",
  async (name, packageName) => {
    for (const command of ["login", "logout", "fake"]) {
      expect((await readmeCommand(name, command)).at(-1)).toBe(command);
    }
    const [node, bin] = await readmeCommand(name, "login");
    const help = spawnSync(node as string, [bin as string, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(`Usage: npx ${packageName} <command>`);
    const unknown = spawnSync(node as string, [bin as string, "whoami"], { encoding: "utf8" });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "whoami"');
  },
);

it.each(withoutBin.map((entry) => [entry.name, entry.package]))(
  "%s: declares no bin, and its README shows no command line (pnpm fake runs the registry's default)",
  async (name, packageName) => {
    const readme = await readFile(join(repositoryRoot, "packages", name, "README.md"), "utf8");
    expect(readme).not.toContain("\n## Command line\n");
    expect(readme).not.toContain(`npx ${packageName} `);
  },
);

it("covers every registered provider one way or the other", () => {
  expect(withBin.length + withoutBin.length).toBe(registry.length);
  expect(withBin.length).toBeGreaterThan(0);
});
