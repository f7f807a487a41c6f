import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import { withResponseValidation } from "@provider-clients/dnsimple/validate";

const fake = await startFakeDnsimpleServer();
try {
  fake.seed("domains", { name: "drift.test" }, fake.account.id);
  const client = withResponseValidation(
    createDnsimpleClient({ auth: dnsimpleAuth.accessToken(fake.accessToken), baseUrl: fake.url }),
    {
      validateResponses: "report",
      // Where and which types, never the values: safe to log or send to your monitoring.
      onSpecMismatch: ({ operationId, status, mismatches }) => {
        for (const { pointer, expected, actual } of mismatches) {
          console.log(
            `${operationId} ${status}: ${pointer} is ${actual}, the spec says ${expected}`,
          );
        }
      },
    },
  );
  const account = fake.account.id;
  const first = await client.op.listZones({ params: { path: { account } } });
  console.log("zones:", first.data?.data.length);

  // Suppose the vendor starts sending zone ids as strings: the call still works, and you hear of it.
  const drifted = {
    data: [{ ...first.data?.data[0], id: "9001" }],
    pagination: first.data?.pagination,
  };
  fake.faults.inject({ kind: "status", status: 200, body: drifted, path: `/v2/${account}/zones` });
  const second = await client.op.listZones({ params: { path: { account } } });
  console.log("zones:", second.data?.data.length);
} finally {
  await fake.close();
}
