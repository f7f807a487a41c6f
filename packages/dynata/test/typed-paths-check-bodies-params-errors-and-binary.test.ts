import { expectTypeOf, test } from "vitest";
import type { components, DynataClient, EmptyErrorBody, paths } from "../src/index.js";

type Schemas = components["schemas"];
type Client = DynataClient;

test("a create body must be a CreateProjectRequest", () => {
  type Body = NonNullable<paths["/sample/v1/projects"]["post"]["requestBody"]>;
  expectTypeOf<Body["content"]["application/json"]>().toEqualTypeOf<
    Schemas["CreateProjectRequest"]
  >();
  expectTypeOf<Schemas["CreateProjectRequest"]["lineItems"][number]>().toEqualTypeOf<
    Schemas["CreateLineItemRequest"]
  >();
  expectTypeOf<Schemas["CreateProjectRequest"]>()
    .toHaveProperty("extProjectId")
    .toEqualTypeOf<string>();
});

test("path parameters are required and typed", () => {
  type Params =
    paths["/sample/v1/projects/{extProjectId}/lineItems/{extLineItemId}"]["get"]["parameters"]["path"];
  expectTypeOf<Params>().toEqualTypeOf<{ extProjectId: string; extLineItemId: string }>();
  type Market =
    paths["/sample/v1/attributes/{countryIsoCode}/{languageIsoCode}"]["get"]["parameters"]["path"];
  expectTypeOf<Market>().toHaveProperty("countryIsoCode").toEqualTypeOf<string>();
});

test("calls return the envelope as data and the vendor error body as error", () => {
  type Result = Awaited<ReturnType<typeof get>>;
  const get = (c: Client) =>
    c.GET("/sample/v1/projects/{extProjectId}", { params: { path: { extProjectId: "x" } } });
  expectTypeOf<NonNullable<Result["data"]>>().toEqualTypeOf<Schemas["ProjectEnvelope"]>();
  expectTypeOf<Exclude<NonNullable<Result["error"]>, EmptyErrorBody>>().toEqualTypeOf<
    Schemas["ErrorResponse"]
  >();
  expectTypeOf<
    Extract<NonNullable<Result["error"]>, EmptyErrorBody>["errors"]
  >().toEqualTypeOf<undefined>();
  const op = (c: Client) => c.op.projectsGet({ params: { path: { extProjectId: "x" } } });
  expectTypeOf<NonNullable<Awaited<ReturnType<typeof op>>["data"]>>().toEqualTypeOf<
    Schemas["ProjectEnvelope"]
  >();
});

test("the invoice is binary: parseAs arrayBuffer and blob give bytes", () => {
  const asBuffer = (c: Client) =>
    c.GET("/sample/v1/projects/{extProjectId}/invoices", {
      params: { path: { extProjectId: "x" } },
      parseAs: "arrayBuffer",
    });
  const asBlob = (c: Client) =>
    c.GET("/sample/v1/projects/{extProjectId}/invoices", {
      params: { path: { extProjectId: "x" } },
      parseAs: "blob",
    });
  expectTypeOf<
    NonNullable<Awaited<ReturnType<typeof asBuffer>>["data"]>
  >().toEqualTypeOf<ArrayBuffer>();
  expectTypeOf<NonNullable<Awaited<ReturnType<typeof asBlob>>["data"]>>().toEqualTypeOf<Blob>();
});

test("wrong bodies and missing path parameters do not compile", () => {
  const wrong = (c: Client) => {
    // @ts-expect-error lineItems and category are required
    void c.POST("/sample/v1/projects", { body: { extProjectId: "x" } });
    // @ts-expect-error the path needs extProjectId
    void c.GET("/sample/v1/projects/{extProjectId}", { params: { path: {} } });
    const single = { extLineItemId: "a", surveyURL: "u", surveyTestURL: "t" };
    // @ts-expect-error buy takes an array of line items
    void c.op.projectsBuy({ params: { path: { extProjectId: "x" } }, body: single });
  };
  expectTypeOf(wrong).toBeFunction();
});
