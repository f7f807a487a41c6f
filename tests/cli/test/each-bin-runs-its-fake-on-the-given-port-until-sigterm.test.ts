import { registry } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { binOf } from "../src/bins.js";
import { freePort } from "../src/free-port.js";
import { readmeCommand } from "../src/readme.js";
import { spawnFake } from "../src/spawn-fake.js";

// Every registered provider's bin, with the variable its package reads for the API root.
const cases = registry.map(({ name }) => ({
  provider: name,
  variable: `${name.toUpperCase().replaceAll("-", "_")}_BASE_URL`,
}));

it.each(cases)("$provider fake --port N", async ({ provider, variable }) => {
  const port = await freePort();
  const fake = await spawnFake([
    ...(await readmeCommand(provider, "fake")),
    "--port",
    String(port),
  ]);
  expect(fake.url.startsWith(`http://127.0.0.1:${port}`)).toBe(true);
  expect(fake.output()).toContain(`${variable}=${fake.url}`);
  expect(Object.keys(fake.credentials).length).toBeGreaterThan(0);
  expect((await fetch(fake.url)).status).toBeGreaterThan(0);
  fake.signal("SIGTERM");
  expect(await fake.exit).toEqual({ code: 0, signal: null });
  expect(fake.output()).toContain("Stopped (SIGTERM).");
});

it("refuses a port that is not a number, naming it", async () => {
  await expect(spawnFake([...binOf("dynu"), "fake", "--port", "http"])).rejects.toThrow(
    /--port takes a number from 0 to 65535, got "http"/,
  );
});
