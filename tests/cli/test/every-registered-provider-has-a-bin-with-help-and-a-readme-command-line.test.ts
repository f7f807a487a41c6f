import { spawnSync } from "node:child_process";
import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { readmeCommand } from "../src/readme.js";

it.each(registry.map((entry) => [entry.name, entry.package]))(
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
