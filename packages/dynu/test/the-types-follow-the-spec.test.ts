import type { EmptyErrorOf } from "@provider-clients/auth";
import { expectTypeOf, it } from "vitest";
import type { components, DynuClient, operationTypes } from "../src/index.js";

type Schemas = components["schemas"];

// These checks run in `tsc --noEmit`; at runtime the callbacks are never invoked.
it("types request bodies, path parameters and error bodies from the spec", () => {
  expectTypeOf<
    NonNullable<operationTypes["dnsPost"]["requestBody"]>["content"]["application/json"]
  >().toEqualTypeOf<Schemas["DNS.domain"]>();
  expectTypeOf<operationTypes["dnsIdGet"]["parameters"]["path"]>().toEqualTypeOf<{ id: number }>();

  const calls = async (dynu: DynuClient) => {
    // @ts-expect-error the domain id is an integer, not a string
    await dynu.GET("/dns/{id}", { params: { path: { id: "1" } } });
    // @ts-expect-error the record path needs dnsRecordId too
    await dynu.GET("/dns/{id}/record/{dnsRecordId}", { params: { path: { id: 1 } } });
    // @ts-expect-error ttl is a number
    await dynu.POST("/dns", { body: { name: "x.example", ttl: "300" } });
    // @ts-expect-error changing a DNS service needs the domain object (Dynu refuses an empty POST)
    await dynu.POST("/dns/{id}", { params: { path: { id: 1 } } });
    // @ts-expect-error the same through the operation id
    await dynu.op.dnsIdPost({ params: { path: { id: 1 } } });
    // @ts-expect-error unknown paths do not compile
    await dynu.GET("/domains");

    const { data, error } = await dynu.GET("/dns/{id}", { params: { path: { id: 1 } } });
    expectTypeOf(error).toEqualTypeOf<
      Schemas["apiResponse"] | EmptyErrorOf<Schemas["apiResponse"]> | undefined
    >();
    expectTypeOf(error?.exception?.type).toEqualTypeOf<
      Schemas["apiException"]["type"] | undefined
    >();
    expectTypeOf(data?.name).toEqualTypeOf<string | undefined>();

    const byOp = await dynu.op.dnsIdRecordGet({ params: { path: { id: 1 } } });
    const record = byOp.data?.dnsRecords?.[0];
    if (record?.recordType === "MX")
      expectTypeOf(record.priority).toEqualTypeOf<number | undefined>();
  };
  expectTypeOf(calls).toBeFunction();
});
