import {
  createDnsimpleClient,
  dnsimpleAuth,
  paginate,
  rateLimitOf,
} from "@provider-clients/dnsimple";

// An account access token from the DNSimple dashboard; DNSIMPLE_BASE_URL is unset in production.
const client = createDnsimpleClient({
  auth: dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? ""),
  baseUrl: process.env.DNSIMPLE_BASE_URL,
  throwOnError: true,
});
const account = Number(process.env.DNSIMPLE_ACCOUNT_ID);

const created = await client.op.createDomain({
  params: { path: { account } },
  body: { name: "example-shop.test" },
});
// With throwOnError a call that returns has succeeded, so `data` is there.
console.log("created", created.data!.data.name);

const zone = { account, zone: "example-shop.test" };
const record = await client.op.createZoneRecord({
  params: { path: zone },
  body: { name: "www", type: "A", content: "192.0.2.10", ttl: 600 },
});
await client.op.updateZoneRecord({
  params: { path: { ...zone, zonerecord: record.data!.data.id } },
  body: { content: "192.0.2.11" },
});

for await (const domain of paginate(client, "listDomains", { params: { path: { account } } })) {
  console.log("domain", domain.name, domain.state);
}

const quota = rateLimitOf(record);
console.log(`requests left this hour: ${quota?.remaining} of ${quota?.limit}`);
