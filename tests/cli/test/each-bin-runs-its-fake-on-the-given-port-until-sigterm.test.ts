import { expect, it } from "vitest";
import { binOf } from "../src/bins.js";
import { freePort } from "../src/free-port.js";
import { readmeCommand } from "../src/readme.js";
import { spawnFake } from "../src/spawn-fake.js";

// What each fake must print for a user to connect: one credential the API takes, per provider.
const cases = [
  { provider: "adguard-dns", variable: "ADGUARD_DNS_BASE_URL", credential: "apiKey" },
  { provider: "dynu", variable: "DYNU_BASE_URL", credential: "clientSecret" },
  { provider: "dynata", variable: "DYNATA_BASE_URL", credential: "password" },
] as const;

it.each(cases)("$provider fake --port N", async ({ provider, variable, credential }) => {
  const port = await freePort();
  const fake = await spawnFake([
    ...(await readmeCommand(provider, "fake")),
    "--port",
    String(port),
  ]);
  expect(fake.url.startsWith(`http://127.0.0.1:${port}`)).toBe(true);
  expect(fake.output()).toContain(`${variable}=${fake.url}`);
  expect(fake.credentials[credential]).toBeTruthy();
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
