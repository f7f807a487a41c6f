import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import { withResponseValidation } from "@provider-clients/dynu/validate";

const fake = await startFakeDynuServer();
try {
  fake.seed("domains", { name: "drift.test", ipv4Address: "192.0.2.1" });
  const dynu = withResponseValidation(
    createDynuClient({ auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey), baseUrl: fake.url }),
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
  const first = await dynu.GET("/dns");
  console.log("domains:", first.data?.domains?.length);

  // Suppose Dynu starts sending domain ids as strings: the call still works, and you hear of it.
  const domains = first.data?.domains?.map((domain) => ({ ...domain, id: String(domain.id) }));
  fake.faults.inject({
    kind: "status",
    status: 200,
    body: { ...first.data, domains },
    method: "GET",
    path: "/dns",
  });
  const second = await dynu.GET("/dns");
  console.log("domains:", second.data?.domains?.length);
} finally {
  await fake.close();
}
