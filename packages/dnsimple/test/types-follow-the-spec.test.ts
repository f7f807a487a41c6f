import { describe, expectTypeOf, it } from "vitest";
import type {
  components,
  DnsimpleClient,
  DnsimpleOAuthToken,
  PaginatedItem,
  PaginatedOperationId,
  RateLimit,
} from "../src/index.js";

type Client = DnsimpleClient;
type RecordBody = NonNullable<Parameters<Client["op"]["createZoneRecord"]>[0]>["body"];
type GetDomainResult = Awaited<ReturnType<Client["op"]["getDomain"]>>;

// Checked by `tsc --noEmit`; the runtime assertions are no-ops. The spec has no binary response.
describe("types generated from our spec", () => {
  it("request bodies use the spec's schema (record type is the documented enum)", () => {
    expectTypeOf<RecordBody>().toHaveProperty("type");
    expectTypeOf<NonNullable<RecordBody>["type"]>().toEqualTypeOf<
      components["schemas"]["ZoneRecordType"]
    >();
    expectTypeOf<NonNullable<RecordBody>["content"]>().toEqualTypeOf<string>();
  });

  it("path parameters are typed: the account id is a number", () => {
    type DomainPath = NonNullable<Parameters<Client["op"]["getDomain"]>[0]>["params"]["path"];
    expectTypeOf<DomainPath["account"]>().toEqualTypeOf<number>();
    expectTypeOf<DomainPath["domain"]>().toEqualTypeOf<string>();
    const call = (client: Client) =>
      // @ts-expect-error the account id must be a number
      client.op.getDomain({ params: { path: { account: "1010", domain: "x.test" } } });
    expectTypeOf(call).toBeFunction();
  });

  it("error responses carry the documented `{ message }` body", () => {
    expectTypeOf<NonNullable<GetDomainResult["error"]>>().toHaveProperty("message");
    expectTypeOf<NonNullable<GetDomainResult["data"]>["data"]>().toEqualTypeOf<
      components["schemas"]["Domain"]
    >();
  });

  it("pagination knows which operations page and what they yield", () => {
    expectTypeOf<"listDomains">().toExtend<PaginatedOperationId>();
    expectTypeOf<"listZoneRecords">().toExtend<PaginatedOperationId>();
    expectTypeOf<"whoami">().not.toExtend<PaginatedOperationId>();
    expectTypeOf<PaginatedItem<"listDomains">>().toEqualTypeOf<components["schemas"]["Domain"]>();
    expectTypeOf<PaginatedItem<"listZoneRecords">>().toEqualTypeOf<
      components["schemas"]["ZoneRecord"]
    >();
  });

  it("the code exchange yields the account id as a number, the quota as numbers", () => {
    expectTypeOf<DnsimpleOAuthToken["accountId"]>().toEqualTypeOf<number>();
    expectTypeOf<DnsimpleOAuthToken["account_id"]>().toEqualTypeOf<number>();
    expectTypeOf<RateLimit>().toEqualTypeOf<{
      limit: number;
      remaining: number;
      resetAt: number;
    }>();
  });
});
