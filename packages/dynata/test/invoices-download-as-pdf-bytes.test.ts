import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, projectBody, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

const path = { extProjectId: "p-inv" };

test("a closed project's invoice arrives as PDF bytes with parseAs arrayBuffer or blob", async () => {
  const client = fx.client();
  await client.POST("/sample/v1/projects", { body: projectBody("p-inv") });
  await client.POST("/sample/v1/projects/{extProjectId}/close", { params: { path } });

  const asBuffer = await client.GET("/sample/v1/projects/{extProjectId}/invoices", {
    params: { path },
    parseAs: "arrayBuffer",
  });
  expect(asBuffer.response.headers.get("content-type")).toBe("application/pdf");
  const text = new TextDecoder().decode(asBuffer.data!);
  expect(text.startsWith("%PDF-1.4")).toBe(true);
  expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
  expect(text).toContain("Invoice for project p-inv");

  const asBlob = await client.GET("/sample/v1/projects/{extProjectId}/invoices", {
    params: { path },
    parseAs: "blob",
  });
  expect(asBlob.data?.size).toBe(asBuffer.data?.byteLength);
});

test("an open project has no invoice yet: a 404 with the JSON error body", async () => {
  const client = fx.client();
  await client.POST("/sample/v1/projects", { body: projectBody("p-inv") });
  const { error, response } = await client.GET("/sample/v1/projects/{extProjectId}/invoices", {
    params: { path },
    parseAs: "arrayBuffer",
  });
  expect(response.status).toBe(404);
  expect(error).toMatchObject({ httpCode: 404 });
});
