// A user lists DNS services and a domain's records by path and reads the fields they print.
import { createDynuClient, dynuAuth } from "../src/index.js";

const dynu = createDynuClient({ auth: dynuAuth.apiKey("fixture-key") });

const { data, error } = await dynu.GET("/dns");
if (error) throw new Error(`listing failed: ${error.exception?.message}`);
for (const domain of data.domains ?? []) {
  const ttl: number | undefined = domain.ttl;
  console.log(domain.id, domain.name, domain.ipv4Address, ttl);
}

const { data: records } = await dynu.GET("/dns/{id}/record", { params: { path: { id: 1 } } });
for (const record of records?.dnsRecords ?? []) {
  console.log(record.id, record.hostname, record.recordType, record.content);
}
