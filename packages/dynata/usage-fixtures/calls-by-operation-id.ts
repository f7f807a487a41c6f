// A user calls operations by operationId, with path parameters and a request body.
import { createDynataClient, dynataAuth } from "../src/index.js";

const dynata = createDynataClient({
  auth: dynataAuth.password({ username: "fixture-user", password: () => "fixture" }),
  baseUrl: "http://127.0.0.1:9",
  throwOnError: true,
});

const { data: project } = await dynata.op.projectsGet({
  params: { path: { extProjectId: "p-1" } },
});
const title: string | undefined = project?.data.title;
console.log(title, project?.data.lineItems?.length, project?.status);

const { data: quote } = await dynata.op.feasibilityShow({
  params: { path: { extProjectId: "p-1" } },
});
for (const line of quote?.data ?? []) console.log(line.extLineItemId, line.quote?.costPerUnit);

await dynata.session.revoke();
