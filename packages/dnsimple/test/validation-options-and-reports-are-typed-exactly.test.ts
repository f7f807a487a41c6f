import { describe, expectTypeOf, it } from "vitest";
import type { DnsimpleClient } from "../src/index.js";
import {
  type JsonType,
  type ResponseValidationOptions,
  type SpecMismatch,
  type SpecMismatchError,
  type SpecMismatchReport,
  withResponseValidation,
} from "../src/validate.js";

// Checked by `tsc --noEmit` (pnpm lint); the runtime assertions are no-ops.
describe("drift detection types", () => {
  it("report mode needs a callback, throw mode takes one optionally, nothing else is a mode", () => {
    const onSpecMismatch = (_report: SpecMismatchReport) => {};
    expectTypeOf({
      validateResponses: "report",
      onSpecMismatch,
    } as const).toExtend<ResponseValidationOptions>();
    expectTypeOf({ validateResponses: "throw" } as const).toExtend<ResponseValidationOptions>();
    expectTypeOf({
      validateResponses: "throw",
      onSpecMismatch,
    } as const).toExtend<ResponseValidationOptions>();
    // @ts-expect-error report mode without a callback would report to nobody
    const silent: ResponseValidationOptions = { validateResponses: "report" };
    // @ts-expect-error there is no "warn" mode
    const warn: ResponseValidationOptions = { validateResponses: "warn", onSpecMismatch };
    // @ts-expect-error the option is a mode name, not a boolean
    const yes: ResponseValidationOptions = { validateResponses: true, onSpecMismatch };
    void [silent, warn, yes];
  });

  it("a report holds where and which types, nothing that could carry a value", () => {
    expectTypeOf<SpecMismatchReport>().toEqualTypeOf<{
      readonly operationId: string;
      readonly method: string;
      readonly status: number;
      readonly statusDeclared: boolean;
      readonly mismatches: readonly SpecMismatch[];
    }>();
    expectTypeOf<SpecMismatch>().toEqualTypeOf<{
      readonly pointer: string;
      readonly keyword: string;
      readonly expected: string;
      readonly actual: JsonType | "absent" | "not JSON";
    }>();
    expectTypeOf<JsonType>().toEqualTypeOf<
      "string" | "number" | "integer" | "boolean" | "null" | "object" | "array"
    >();
    expectTypeOf<SpecMismatchError["report"]>().toEqualTypeOf<SpecMismatchReport>();
  });

  it("withResponseValidation gives back the same typed client", () => {
    expectTypeOf(withResponseValidation).parameter(0).toEqualTypeOf<DnsimpleClient>();
    expectTypeOf(withResponseValidation).returns.toEqualTypeOf<DnsimpleClient>();
  });
});
