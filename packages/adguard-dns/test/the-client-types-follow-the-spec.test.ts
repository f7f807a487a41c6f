import { describe, expectTypeOf, it } from "vitest";
import type { AdGuardDnsClient, components, EmptyErrorBody, paths } from "../src/index.js";

type Schemas = components["schemas"];
// Flattens intersections such as `T & {}` so equal shapes compare equal.
type Plain<T> = { [K in keyof T]: T[K] };
type CreateInit = Parameters<AdGuardDnsClient["op"]["createDevice"]>[0];
type GetDeviceInit = Parameters<AdGuardDnsClient["op"]["getDevice"]>[0];
type CreateResult = Awaited<ReturnType<AdGuardDnsClient["op"]["createDevice"]>>;

describe("types generated from specs/adguard-dns/openapi.yaml", () => {
  it("request bodies are the spec's schemas", () => {
    expectTypeOf<Plain<NonNullable<CreateInit>["body"]>>().toEqualTypeOf<
      Plain<Schemas["DeviceCreate"]>
    >();
    expectTypeOf<Schemas["DeviceCreate"]["device_type"]>().toEqualTypeOf<
      Schemas["ConnectDeviceType"]
    >();
    // @ts-expect-error a device needs dns_server_id
    const missing: Schemas["DeviceCreate"] = { name: "x", device_type: "IOS" };
    void missing;
  });

  it("path parameters are typed and required", () => {
    expectTypeOf<NonNullable<GetDeviceInit>["params"]["path"]>().toEqualTypeOf<{
      device_id: string;
    }>();
    const typedPath = (client: AdGuardDnsClient) =>
      // @ts-expect-error device_id must be a string
      client.GET("/oapi/v1/devices/{device_id}", { params: { path: { device_id: 1 } } });
    void typedPath;
  });

  it("success data and error responses are typed per status", () => {
    expectTypeOf<NonNullable<CreateResult["data"]>>().toEqualTypeOf<Schemas["Device"]>();
    expectTypeOf<Exclude<NonNullable<CreateResult["error"]>, EmptyErrorBody>>().toEqualTypeOf<
      Schemas["ErrorResponse"]
    >();
    expectTypeOf<Schemas["ErrorResponse"]["error_code"]>().toEqualTypeOf<Schemas["ErrorCodes"]>();
  });

  it("the .mobileconfig profile is a binary body, read as a Blob", () => {
    const profile = (client: AdGuardDnsClient) =>
      client.GET("/oapi/v1/devices/{device_id}/doh.mobileconfig", {
        params: { path: { device_id: "d" } },
        parseAs: "blob",
      });
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof profile>>["data"]>>().toEqualTypeOf<Blob>();
    type Declared =
      paths["/oapi/v1/devices/{device_id}/doh.mobileconfig"]["get"]["responses"][200]["content"];
    expectTypeOf<Declared["application/x-apple-aspen-config"]>().toEqualTypeOf<Blob>();
  });

  it("unknown paths are compile errors", () => {
    const unknown = (client: AdGuardDnsClient) =>
      // @ts-expect-error not in the spec
      client.GET("/oapi/v1/not_a_route");
    void unknown;
  });
});
