// A user's first program: list zone records from the DNSimple fake server with an access token.
import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";

const fake = await startFakeDnsimpleServer();
try {
  fake.seed("domains", { name: "seeded.test" }, fake.account.id);
  const client = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(fake.accessToken),
    baseUrl: fake.url,
  });
  const { data, error } = await client.op.listZoneRecords({
    params: { path: { account: fake.account.id, zone: "seeded.test" }, query: { type: "NS" } },
  });
  if (error) throw new Error(`unexpected error ${JSON.stringify(error)}`);
  const contents: string[] = data.data.map((record) => record.content);
  console.log(`dnsimple ok: ${contents.join(",")}`);
} finally {
  await fake.close();
}
