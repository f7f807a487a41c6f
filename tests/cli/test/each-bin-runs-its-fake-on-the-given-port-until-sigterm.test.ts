import { baseUrlVariable, registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { binOf, declaredBin, defaultCliOf } from "../src/bins.js";
import { freePort } from "../src/free-port.js";
import { readmeCommand } from "../src/readme.js";
import { spawnFake } from "../src/spawn-fake.js";

// Every registered provider's fake command: its bin's, as its README writes it, else the registry's
// default (what `pnpm fake` runs for a package without a bin).
const cases = await Promise.all(
  registry.map(async ({ name }) => ({
    provider: name,
    command: declaredBin(name)
      ? await readmeCommand(name, "fake")
      : [...defaultCliOf(name), "fake"],
  })),
);
// The default proven on every provider that declares fake credentials, though they have bins.
const defaults = registry
  .filter((entry) => entry.exports.fakeCredentials !== undefined)
  .map(({ name }) => ({ provider: name, command: [...defaultCliOf(name), "fake"] }));

async function runsUntilSigterm(provider: string, command: string[]): Promise<void> {
  const port = await freePort();
  const fake = await spawnFake([...command, "--port", String(port)]);
  expect(fake.url.startsWith(`http://127.0.0.1:${port}`)).toBe(true);
  expect(fake.output()).toContain(`${baseUrlVariable(provider)}=${fake.url}`);
  expect(Object.keys(fake.credentials).length).toBeGreaterThan(0);
  expect((await fetch(fake.url)).status).toBeGreaterThan(0);
  fake.signal("SIGTERM");
  expect(await fake.exit).toEqual({ code: 0, signal: null });
  expect(fake.output()).toContain("Stopped (SIGTERM).");
}

it.each(cases)("$provider fake --port N", async ({ provider, command }) => {
  await runsUntilSigterm(provider, command);
});

it.each(defaults)(
  "$provider: the registry's default command line runs its fake with the credentials of its /testing record",
  async ({ provider, command }) => {
    await runsUntilSigterm(provider, command);
  },
);

it("refuses a port that is not a number, naming it", async () => {
  await expect(spawnFake([...binOf("dynu"), "fake", "--port", "http"])).rejects.toThrow(
    /--port takes a number from 0 to 65535, got "http"/,
  );
});
