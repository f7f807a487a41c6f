// Finds stored resources or answers 404; checks the empty body of state-change calls.
import type { components } from "../generated/index.js";
import { FakeHttpError } from "./fake-http.js";
import type { RouteContext } from "./fake-router.js";
import type { FakeDynataState, FakeProject } from "./fake-state.js";

/** The project at `extProjectId`, or a 404. */
export function findProject(state: FakeDynataState, extProjectId: string): FakeProject {
  const record = state.projects.get(extProjectId);
  if (!record)
    throw new FakeHttpError(404, [
      { path: "extProjectId", message: `project ${extProjectId} not found` },
    ]);
  return record;
}

/** The line item of a project, or a 404. */
export function findLineItem(
  record: FakeProject,
  extLineItemId: string,
): components["schemas"]["LineItem"] {
  const item = record.lineItems.get(extLineItemId);
  if (!item) {
    throw new FakeHttpError(404, [
      {
        path: "extLineItemId",
        message: `line item ${extLineItemId} not found in project ${record.project.extProjectId}`,
      },
    ]);
  }
  return item;
}

/** State changes take `{}` or nothing; anything else is a 400. */
export async function expectEmptyAction(ctx: RouteContext): Promise<void> {
  const body = await ctx.json();
  const empty =
    body === undefined ||
    (typeof body === "object" &&
      body !== null &&
      !Array.isArray(body) &&
      Object.keys(body).length === 0);
  if (!empty) throw new FakeHttpError(400, "this action takes an empty body");
}
