import { afterEach, beforeEach, expect, test } from "vitest";
import {
  type DynataFixture,
  lineItemBody,
  projectBody,
  startDynataFixture,
} from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test("a project goes from create through update, buy, launch, pause and close by operationId", async () => {
  const { op } = fx.client({ throwOnError: true });
  const path = { extProjectId: "p-100" };

  const created = await op.projectsCreate({ body: projectBody("p-100") });
  expect(created.data?.data).toMatchObject({ extProjectId: "p-100", state: "PROVISIONED" });

  const listed = await op.projectsList({ params: { query: { state: "PROVISIONED" } } });
  expect(listed.data?.data.map((p) => p.extProjectId)).toEqual(["p-100"]);

  const updated = await op.projectsUpdate({ params: { path }, body: { title: "Renamed" } });
  expect(updated.data?.data.title).toBe("Renamed");

  const added = await op.lineItemsCreate({ params: { path }, body: lineItemBody("li-2") });
  expect(added.data?.data).toMatchObject({ extLineItemId: "li-2", state: "PROVISIONED" });
  const changed = await op.lineItemsUpdate({
    params: { path: { ...path, extLineItemId: "li-2" } },
    body: { lengthOfInterview: 20 },
  });
  expect(changed.data?.data.lengthOfInterview).toBe(20);

  const feasibility = await op.feasibilityShow({ params: { path } });
  expect(feasibility.data?.data.map((f) => f.feasibility.status)).toEqual(["READY", "READY"]);

  const bought = await op.projectsBuy({
    params: { path },
    body: [
      {
        extLineItemId: "li-1",
        surveyURL: "https://survey.example/s",
        surveyTestURL: "https://survey.example/t",
      },
    ],
  });
  expect(bought.data?.data).toEqual([{ extLineItemId: "li-1", state: "AWAITING_APPROVAL" }]);

  const item = { path: { ...path, extLineItemId: "li-1" } };
  expect((await op.lineItemsLaunch({ params: item, body: {} })).data?.data.state).toBe("LAUNCHED");
  expect((await op.lineItemsPause({ params: item, body: {} })).data?.data.state).toBe("PAUSED");
  expect((await op.lineItemsClose({ params: item, body: {} })).data?.data.state).toBe("CLOSED");

  const closed = await op.projectsClose({ params: { path }, body: {} });
  expect(closed.data?.data.state).toBe("CLOSED");
  expect(closed.data?.data.lineItems?.every((li) => li.state === "CLOSED")).toBe(true);
});

test("a state change the line item's state does not allow is a 409 with the vendor's error body", async () => {
  const client = fx.client();
  await client.POST("/sample/v1/projects", { body: projectBody("p-409") });
  const { error, response } = await client.POST(
    "/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}/launch",
    { params: { path: { extProjectId: "p-409", extLineItemId: "li-1" } }, body: {} },
  );
  expect(response.status).toBe(409);
  expect(error?.errors?.[0]?.message).toContain("cannot launch");
});

test("quota plan templates are listed, created, updated and deleted", async () => {
  const { op } = fx.client({ throwOnError: true });
  const market = { country: "US", lang: "en" };
  const created = await op.createTemplate({
    body: {
      name: "Gender split",
      description: "Half and half",
      countryISOCode: "US",
      languageISOCode: "en",
      quotaPlan: {},
    },
  });
  const id = created.data!.data.id;
  const updated = await op.updateTemplate({
    params: { path: { id } },
    body: { description: "Even split" },
  });
  expect(updated.data?.data.description).toBe("Even split");
  expect((await op.getTemplates({ params: { path: market } })).data?.data).toHaveLength(1);
  await op.deleteTemplate({ params: { path: { id } } });
  expect((await op.getTemplates({ params: { path: market } })).data?.data).toHaveLength(0);
});
