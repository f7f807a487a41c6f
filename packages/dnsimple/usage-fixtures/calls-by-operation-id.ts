// A user calls operations by operationId, with path parameters and a request body.
import { createDnsimpleClient, dnsimpleAuth, paginate } from "../src/index.js";

const dnsimple = createDnsimpleClient({
  auth: dnsimpleAuth.accessToken({ accessToken: "fixture-token" }),
  baseUrl: "http://127.0.0.1:9",
  throwOnError: true,
});
const account = 1010;

const { data: created } = await dnsimple.op.createZoneRecord({
  params: { path: { account, zone: "example.test" } },
  body: { name: "www", type: "A", content: "192.0.2.1", ttl: 3600 },
});
const recordId: number | undefined = created?.data.id;
console.log(recordId, created?.data.zone_id);

const { data: domain } = await dnsimple.op.getDomain({
  params: { path: { account, domain: "example.test" } },
});
console.log(domain?.data.unicode_name, domain?.data.private_whois);

for await (const each of paginate(dnsimple, "listDomains", { params: { path: { account } } })) {
  console.log(each.name, each.registrant_id);
}
