import { createDynuClient, dynuAuth } from "@provider-clients/dynu";

const dynu = createDynuClient({
  auth: dynuAuth.clientCredentials({
    clientId: process.env.DYNU_CLIENT_ID ?? "",
    clientSecret: async () => process.env.DYNU_CLIENT_SECRET ?? "",
  }),
  baseUrl: process.env.DYNU_BASE_URL,
  // Non-2xx answers throw ApiError (status, Dynu's error body) instead of returning { error }.
  throwOnError: true,
});

// With throwOnError a call that returns has data, hence the `!`.
const list = (await dynu.op.dnsGet()).data!;
const domain = list.domains?.find((d) => d.name === process.env.DYNU_DOMAIN);
if (domain?.id === undefined) throw new Error("domain not found");
const path = { id: domain.id };

const created = (
  await dynu.POST("/dns/{id}/record", {
    params: { path },
    body: { recordType: "TXT", nodeName: "_check", state: true, textData: "hello" },
  })
).data!;
console.log(`created ${created.hostname} ${created.content}`);

await dynu.POST("/dns/{id}/record/{dnsRecordId}", {
  params: { path: { ...path, dnsRecordId: created.id! } },
  body: { recordType: "TXT", nodeName: "_check", textData: "hello again" },
});
await dynu.DELETE("/dns/{id}/record/{dnsRecordId}", {
  params: { path: { ...path, dnsRecordId: created.id! } },
});
console.log(`token state: ${dynu.session.state().status}`);
