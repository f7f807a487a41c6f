import fc from "fast-check";
import { expect, it } from "vitest";
import { operationIndex } from "../src/client/operation-index.js";
import type { OperationMap } from "../src/client/types.js";
import { credentialRule } from "../src/middleware/credential-rule.js";

// Random operation tables and URLs built from them, against a router written the plain way:
// split into segments, keep the templates whose literal segments all match, take the one with
// the most literal segments. Cases where two templates tie are ambiguous in OpenAPI and skipped.

const words = ["items", "files", "public", "meta", "v1", "a", "b"] as const;
type Segment = { literal: string } | { param: string };

const segment: fc.Arbitrary<Segment> = fc.oneof(
  fc.constantFrom(...words).map((literal) => ({ literal })),
  fc.constantFrom("id", "name", "slug").map((param) => ({ param })),
);
const operation = fc.record({
  method: fc.constantFrom("get", "post", "delete"),
  segments: fc.array(segment, { minLength: 1, maxLength: 3 }),
  public: fc.boolean(),
});

const pathOf = (segments: Segment[]) =>
  `/${segments.map((s, i) => ("literal" in s ? s.literal : `{${s.param}${i}}`)).join("/")}`;

/** The operation a plain segment router picks for `values`, or "ambiguous" / undefined. */
function plainRoute<Op extends { method: string; segments: Segment[] }>(
  ops: Op[],
  method: string,
  values: string[],
): Op | "ambiguous" | undefined {
  const fits = ops.filter(
    (op) =>
      op.method === method &&
      op.segments.length === values.length &&
      op.segments.every((s, i) => !("literal" in s) || s.literal === values[i]),
  );
  const literals = (op: Op) => op.segments.filter((s) => "literal" in s).length;
  const best = Math.max(...fits.map(literals));
  const winners = fits.filter((op) => literals(op) === best);
  if (winners.length > 1) return "ambiguous" as const;
  return winners[0];
}

it("sends the credential exactly when the operation a URL belongs to asks for it", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(operation, {
        minLength: 1,
        maxLength: 8,
        selector: (o) => `${o.method} ${pathOf(o.segments)}`,
      }),
      fc.nat(),
      fc.array(fc.constantFrom(...words, "42", "x y", "ü"), { minLength: 3, maxLength: 3 }),
      (ops, pick, paramValues) => {
        const map: Record<string, OperationMap[string]> = {};
        ops.forEach((op, i) => {
          map[`op${i}`] = {
            method: op.method as "get",
            path: pathOf(op.segments),
            security: op.public ? [] : [{ apiKey: [] }],
          };
        });
        const index = operationIndex(map, "https://api.example.com/base");
        const carries = credentialRule(index.securityOf, ["apiKey"]);
        const source = ops[pick % ops.length]!;
        const values = source.segments.map((s, i) =>
          "literal" in s ? s.literal : paramValues[i]!,
        );
        const url = `https://api.example.com/base/${values.map(encodeURIComponent).join("/")}?q=1`;
        const request = new Request(url, { method: source.method.toUpperCase() });
        const expected = plainRoute(ops, source.method, values.map(encodeURIComponent));
        fc.pre(expected !== "ambiguous" && expected !== undefined);
        expect(index.specPathOf(request)).toBe(pathOf(expected!.segments));
        expect(carries(request.method, index.specPathOf(request))).toBe(!expected!.public);
        // A call that names its spec path is routed by that path, whatever the values.
        expect(carries(source.method.toUpperCase(), pathOf(source.segments))).toBe(!source.public);
      },
    ),
    { numRuns: 500 },
  );
});
