import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";
import { withResponseValidation } from "@provider-clients/adguard-dns/validate";

const server = await startFakeAdGuardDnsServer();
try {
  const adguard = withResponseValidation(
    createAdGuardDnsClient({ auth: adguardDnsAuth.apiKey(creds.apiKey), baseUrl: server.url }),
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
  const first = await adguard.op.getAccountLimits();
  console.log("device limit:", first.data?.devices.limit);

  // Suppose the vendor starts sending counts as strings: the call still works, and you hear of it.
  const devices = { ...first.data?.devices, used: "3" };
  server.faults.inject({
    operationId: "getAccountLimits",
    kind: "status",
    status: 200,
    body: { ...first.data, devices },
  });
  const second = await adguard.op.getAccountLimits();
  console.log("device limit:", second.data?.devices.limit);
} finally {
  await server.close();
}
