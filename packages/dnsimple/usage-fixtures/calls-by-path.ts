// A user lists domains and zone records by path and reads the fields they print.
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";

const dnsimple = createDnsimpleClient({
  auth: dnsimpleAuth.accessToken("fixture-token"),
  sandbox: true,
});
const account = 1010;

const { data: domains, error } = await dnsimple.GET("/{account}/domains", {
  params: { path: { account }, query: { sort: "name:asc" } },
});
if (error) throw new Error("listing domains failed");
for (const domain of domains.data) {
  const expires: string | null = domain.expires_at;
  console.log(domain.id, domain.name, domain.state, domain.auto_renew, expires);
}
console.log(`page ${domains.pagination.current_page} of ${domains.pagination.total_pages}`);

const { data: records } = await dnsimple.GET("/{account}/zones/{zone}/records", {
  params: { path: { account, zone: "example.test" } },
});
for (const record of records?.data ?? [])
  console.log(record.name, record.type, record.content, record.ttl);
