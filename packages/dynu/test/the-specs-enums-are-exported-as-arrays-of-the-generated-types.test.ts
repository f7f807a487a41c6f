import { expect, expectTypeOf, it } from "vitest";
import {
  type components,
  dnsDnsRecordRecordTypeValues,
  type dnsDomainStateValues,
} from "../src/index.js";

type Schemas = components["schemas"];

it("exports each enum of the spec as an array whose members are exactly the generated union", () => {
  expectTypeOf<(typeof dnsDnsRecordRecordTypeValues)[number]>().toEqualTypeOf<
    NonNullable<Schemas["DNS.dnsRecord"]["recordType"]>
  >();
  expectTypeOf<(typeof dnsDomainStateValues)[number]>().toEqualTypeOf<
    NonNullable<Schemas["DNS.domain"]["state"]>
  >();
  expect(dnsDnsRecordRecordTypeValues).toContain("AAAA");
  expect(new Set(dnsDnsRecordRecordTypeValues).size).toBe(dnsDnsRecordRecordTypeValues.length);
});
