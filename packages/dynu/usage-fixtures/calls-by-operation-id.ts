// A user authenticates with client credentials and calls operations by operationId.
import { createDynuClient, dynuAuth } from "../src/index.js";

const dynu = createDynuClient({
  auth: dynuAuth.clientCredentials({
    clientId: "fixture-client",
    clientSecret: async () => "fixture",
  }),
  baseUrl: "http://127.0.0.1:9",
  throwOnError: true,
});

const { data: domain } = await dynu.op.dnsIdGet({ params: { path: { id: 1 } } });
console.log(domain?.name, domain?.state, domain?.updatedOn);

const { data: created } = await dynu.op.dnsIdRecordPost({
  params: { path: { id: 1 } },
  body: { recordType: "TXT", nodeName: "_fixture", state: true, textData: "fixture" },
});
const recordId: number | undefined = created?.id;
console.log(recordId, created?.hostname);
console.log(dynu.session.state().status);
