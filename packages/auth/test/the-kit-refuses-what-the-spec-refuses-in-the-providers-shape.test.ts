import { afterEach, expect, it } from "vitest";
import { type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig, withKey } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

const post = (url: string, body: string, type = "application/json") =>
  fetch(url, { method: "POST", headers: { ...withKey, "content-type": type }, body });

it("answers a bad path parameter, a missing field, a wrong enum, bad JSON and a wrong content type with the provider's error", async () => {
  fake = await startFakeServer(kitConfig);
  const badId = await fetch(`${fake.url}/widgets/abc`, { headers: withKey });
  expect(badId.status).toBe(422);
  expect(await badId.json()).toMatchObject({
    kind: "invalid-request",
    problems: [{ in: "path", name: "id", keyword: "type" }],
  });
  const missing = await post(`${fake.url}/widgets`, JSON.stringify({ color: "pink" }));
  expect(missing.status).toBe(422);
  const body = (await missing.json()) as { problems: { name: string; keyword: string }[] };
  expect(body.problems.map((p) => `${p.name} ${p.keyword}`)).toEqual([
    "/name required",
    "/color enum",
  ]);
  const notJson = await post(`${fake.url}/widgets`, "{name:");
  expect(await notJson.json()).toMatchObject({ problems: [{ in: "body", keyword: "parse" }] });
  const noBody = await fetch(`${fake.url}/widgets`, { method: "POST", headers: withKey });
  expect(await noBody.json()).toMatchObject({ problems: [{ in: "body", keyword: "required" }] });
  const form = await post(`${fake.url}/widgets`, "name=x", "application/x-www-form-urlencoded");
  expect(form.status).toBe(415);
  expect(await form.json()).toMatchObject({ kind: "unsupported-media-type" });
  expect(fake.state("widgets")).toEqual([]);
});

it("stores a valid create without its read-only fields and answers it at the model's place", async () => {
  fake = await startFakeServer(kitConfig);
  const created = await post(
    `${fake.url}/widgets`,
    JSON.stringify({ name: "knob", id: 7, createdAt: "then" }),
  );
  expect(created.status).toBe(201);
  const { data } = (await created.json()) as { data: Record<string, unknown> };
  expect(data.name).toBe("knob");
  expect(data.id).toBe(100_001);
  expect(data.createdAt).not.toBe("then");
  const read = await fetch(`${fake.url}/widgets/100001`, { headers: withKey });
  expect(await read.json()).toEqual({ data });
  const gone = await fetch(`${fake.url}/widgets/100001`, { method: "DELETE", headers: withKey });
  expect([gone.status, await gone.text()]).toEqual([204, ""]);
  const missing = await fetch(`${fake.url}/widgets/100001`, { headers: withKey });
  expect([missing.status, await missing.json()]).toEqual([
    404,
    { message: "Widget not found.", kind: "not-found", problems: [] },
  ]);
});
