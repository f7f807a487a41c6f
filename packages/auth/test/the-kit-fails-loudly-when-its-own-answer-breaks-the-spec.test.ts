import { expect, it } from "vitest";
import { startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

it("answers 500 naming the operation and pointer, and close() rejects, when a handler answers off-spec", async () => {
  const fake = await startFakeServer({
    ...kitConfig,
    handlers: { health: () => ({ status: 200, body: { ok: "yes" } }) },
  });
  const response = await fetch(`${fake.url}/health`, { headers: withKey });
  expect(response.status).toBe(500);
  expect(await response.text()).toBe(
    "fake widgets: health 200 does not match the spec: /ok type: expected boolean, got string",
  );
  await expect(fake.close()).rejects.toThrow(/answered against its spec:\n {2}health 200/);
});

it("lets an off-spec answer through when checkAnswers is off (as in a hand-run fake)", async () => {
  const fake = await startFakeServer(
    { ...kitConfig, handlers: { health: () => ({ status: 200, body: { ok: "yes" } }) } },
    { checkAnswers: false },
  );
  expect((await fetch(`${fake.url}/health`)).status).toBe(200);
  await fake.close();
});
