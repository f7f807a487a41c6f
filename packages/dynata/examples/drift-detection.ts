import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import { withResponseValidation } from "@provider-clients/dynata/validate";

const server = await startFakeDynataServer();
try {
  const dynata = withResponseValidation(
    createDynataClient({ auth: dynataAuth.password(fakeDynataUser), baseUrl: server.url }),
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
  const first = await dynata.op.countriesList();
  console.log("countries:", first.data?.data.length);

  // Suppose Dynata starts sending one country without its ISO code: you hear of it.
  const [country, ...others] = first.data?.data ?? [];
  const data = [{ ...country, isoCode: undefined }, ...others];
  server.faults.inject({
    kind: "status",
    method: "GET",
    path: "/sample/v1/countries",
    status: 200,
    body: { ...first.data, data },
  });
  const second = await dynata.op.countriesList();
  console.log("countries:", second.data?.data.length);
  await dynata.session.revoke();
} finally {
  await server.close();
}
