// Compares an operation's parameters, matched by location and name.
import { canonicalSchema, collectExamples, type SchemaAt } from "../openapi/canonical-schema.js";
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { at, report, type Scope, type Side } from "./context.js";
import { compareDocs } from "./docs.js";
import type { OperationAt } from "./operations.js";
import { compareSchema } from "./schema/compare-schema.js";

/** One parameter with 3.x defaults filled in. */
interface ParameterAt {
  in: string;
  name: string;
  /** Where the parameter object lives (a component when shared through `$ref`). */
  pointer: string;
  required: boolean;
  deprecated: boolean;
  style: string;
  explode: boolean;
  schema: SchemaAt;
  docs: Record<string, unknown>;
}

const DEFAULT_STYLE: Record<string, string> = {
  query: "form",
  path: "simple",
  header: "simple",
  cookie: "form",
};

/** Reports parameter-* changes and walks each common parameter's schema as request data. */
export function compareParameters(scope: Scope, before: OperationAt, after: OperationAt): void {
  const from = listParameters(scope.ctx.old, before);
  const to = listParameters(scope.ctx.new, after);
  const request: Scope = { ...scope, direction: "request" };
  for (const key of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const old = from.get(key);
    const now = to.get(key);
    const here = at("parameters", (now ?? old)!.in, (now ?? old)!.name);
    if (old && now) compareParameter(request, old, now, here);
    else if (now) {
      const kind = now.required ? "parameter-added-required" : "parameter-added-optional";
      const text = `${now.required ? "required" : "optional"} ${now.in} parameter ${now.name} added`;
      report(request, kind, here, text, { new: now.pointer, after: now.name });
    } else if (old) {
      const text = `${old.in} parameter ${old.name} removed`;
      report(request, "parameter-removed", here, text, { old: old.pointer, before: old.name });
    }
  }
}

function compareParameter(scope: Scope, old: ParameterAt, now: ParameterAt, here: string): void {
  const where = { old: old.pointer, new: now.pointer };
  const required = { ...where, before: old.required, after: now.required };
  if (!old.required && now.required)
    report(scope, "parameter-made-required", here, `${now.name} is now required`, required);
  if (old.required && !now.required)
    report(scope, "parameter-made-optional", here, `${now.name} is now optional`, required);
  const deprecated = { ...where, before: old.deprecated, after: now.deprecated };
  if (!old.deprecated && now.deprecated)
    report(scope, "parameter-deprecated", here, `${now.name} deprecated`, deprecated);
  if (old.deprecated && !now.deprecated)
    report(scope, "deprecation-removed", here, `${now.name} no longer deprecated`, deprecated);
  if ((old.style !== now.style || old.explode !== now.explode) && isStructured(scope, now)) {
    const wire = (p: ParameterAt) => `${p.style}/${p.explode ? "explode" : "no-explode"}`;
    report(
      scope,
      "parameter-serialization-changed",
      here,
      `serialization ${wire(old)} -> ${wire(now)}`,
      { ...where, before: wire(old), after: wire(now) },
    );
  }
  compareDocs(scope, old.docs, now.docs, here, where);
  compareSchema(scope, old.schema, now.schema, here);
}

// Style and explode only change the wire format of arrays and objects.
function isStructured(scope: Scope, parameter: ParameterAt): boolean {
  const types = canonicalSchema(parameter.schema, scope.ctx.new.resolver).types;
  return types === undefined || types.includes("array") || types.includes("object");
}

/** Path-level parameters overlaid by operation-level ones, keyed `in/name` (header names case-folded). */
function listParameters(side: Side, operation: OperationAt): Map<string, ParameterAt> {
  const out = new Map<string, ParameterAt>();
  const lists: Array<[unknown, string]> = [
    [operation.pathItem.parameters, joinPointer(operation.pathItemPointer, "parameters")],
    [operation.node.parameters, joinPointer(operation.pointer, "parameters")],
  ];
  for (const [list, pointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const found = side.resolver.follow(raw, joinPointer(pointer, index));
      const parameter = readParameter(found.value, found.pointer);
      if (!parameter) return;
      const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
      out.set(`${parameter.in}/${name}`, parameter);
    });
  }
  return out;
}

function readParameter(value: unknown, pointer: string): ParameterAt | undefined {
  if (!isObject(value) || typeof value.name !== "string" || typeof value.in !== "string")
    return undefined;
  const style =
    typeof value.style === "string" ? value.style : (DEFAULT_STYLE[value.in] ?? "simple");
  return {
    in: value.in,
    name: value.name,
    pointer,
    required: value.required === true || value.in === "path",
    deprecated: value.deprecated === true,
    style,
    explode: typeof value.explode === "boolean" ? value.explode : style === "form",
    schema: parameterSchema(value, pointer),
    docs: { description: value.description, examples: collectExamples(value) },
  };
}

// A parameter carries its schema directly or inside a single-entry `content` map.
function parameterSchema(value: Record<string, unknown>, pointer: string): SchemaAt {
  if (value.schema !== undefined)
    return { schema: value.schema, pointer: joinPointer(pointer, "schema") };
  if (isObject(value.content)) {
    const [type, media] = Object.entries(value.content)[0] ?? [];
    if (type && isObject(media)) {
      return {
        schema: media.schema ?? {},
        pointer: joinPointer(pointer, "content", type, "schema"),
      };
    }
  }
  return { schema: {}, pointer: joinPointer(pointer, "schema") };
}
