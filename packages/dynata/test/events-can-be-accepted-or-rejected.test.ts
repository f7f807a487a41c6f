import { afterEach, beforeEach, expect, test } from "vitest";
import {
  type DynataFixture,
  projectBody,
  repriceEvent,
  startDynataFixture,
} from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("accepting a reprice event applies the new price and ends the pending decision", async () => {
  const client = fx.client();
  await client.POST("/sample/v1/projects", { body: projectBody("p-ev") });
  const raised = fx.server.seed("events", repriceEvent("p-ev", "li-1", 9.5));

  const shown = await client.GET("/sample/v1/events/{eventId}", {
    params: { path: { eventId: String(raised.eventId) } },
  });
  expect(shown.data?.data.actions?.acceptURL).toBe(
    `${fx.server.url}/sample/v1/events/${raised.eventId}/accept`,
  );

  const accepted = await client.POST("/sample/v1/events/{eventId}/accept", {
    params: { path: { eventId: String(raised.eventId) } },
    body: {},
  });
  expect(accepted.data?.status.message).toBe("success");
  const item = await client.GET("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}", {
    params: { path: { extProjectId: "p-ev", extLineItemId: "li-1" } },
  });
  expect(item.data?.data.costPerInterview).toBe(9.5);

  const again = await client.POST("/sample/v1/events/{eventId}/reject", {
    params: { path: { eventId: String(raised.eventId) } },
    body: {},
  });
  expect(again.response.status).toBe(409);
});

test("rejecting keeps the old price; the event list filters by line item", async () => {
  const client = fx.client();
  const created = await client.POST("/sample/v1/projects", { body: projectBody("p-rej", 2) });
  const before = created.data!.data.lineItems![0]!.costPerInterview;
  const raised = fx.server.seed("events", repriceEvent("p-rej", "li-1", 20));
  fx.server.seed("events", repriceEvent("p-rej", "li-2", 21));

  const rejected = await client.POST("/sample/v1/events/{eventId}/reject", {
    params: { path: { eventId: String(raised.eventId) } },
  });
  expect(rejected.response.status).toBe(200);
  const item = await client.GET("/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}", {
    params: { path: { extProjectId: "p-rej", extLineItemId: "li-1" } },
  });
  expect(item.data?.data.costPerInterview).toBe(before);

  const listed = await client.GET("/sample/v1/events", {
    params: { query: { extLineItemId: "li-2" } },
  });
  expect(listed.data?.data.map((e) => e.extLineItemId)).toEqual(["li-2"]);
});
