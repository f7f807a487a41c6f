import { afterEach, beforeEach, expect, test } from "vitest";
import { type DynataFixture, projectBody, startDynataFixture } from "./support/dynata-fixture.js";

let fx: DynataFixture;
beforeEach(async () => {
  fx = await startDynataFixture();
});
afterEach(() => fx.close());

test.each(["..", "%2e%2e"])(
  "close line item %j is refused before sending; the project stays open",
  async (extLineItemId) => {
    const { op } = fx.client({ throwOnError: true });
    await op.projectsCreate({ body: projectBody("p-1") });
    const before = fx.sent.length;

    // The URL parser folds /projects/p-1/lineItems/../close into /projects/p-1/close.
    const error = await op
      .lineItemsClose({ params: { path: { extProjectId: "p-1", extLineItemId } }, body: {} })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "invalid_path_param" });
    expect(fx.sent.slice(before)).toEqual([]);

    const project = await op.projectsGet({ params: { path: { extProjectId: "p-1" } } });
    expect(project.data?.data.state).not.toBe("CLOSED");
  },
);
