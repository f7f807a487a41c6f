import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";

// A real HTTP server on 127.0.0.1 with one account, one access token and one OAuth app.
const fake = await startFakeDnsimpleServer();
try {
  fake.seed("domains", { name: "seeded.test" }, fake.account.id);
  const client = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(fake.accessToken),
    baseUrl: fake.url,
  });
  const { data } = await client.op.listZoneRecords({
    params: { path: { account: fake.account.id, zone: "seeded.test" }, query: { type: "NS" } },
  });
  console.log("name servers:", data?.data.map((record) => record.content).join(", "));

  // The next whoami fails the way an overloaded proxy would; the client retries it.
  fake.faults.inject({ kind: "html", status: 503, path: "/v2/whoami" });
  const whoami = await client.op.whoami();
  console.log(
    "whoami",
    whoami.response.status,
    "after",
    fake.count({ method: "GET", path: "/v2/whoami" }),
    "requests",
  );
} finally {
  await fake.close();
}
