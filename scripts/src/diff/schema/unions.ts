// Compares oneOf/anyOf unions, matching members by discriminator value or else by position.
import type { CanonicalSchema, SchemaAt } from "../../openapi/canonical-schema.js";
import { isObject } from "../../openapi/load.js";
import { joinPointer } from "../../openapi/resolve-refs.js";
import { at, between, report, type Scope } from "../context.js";
import type { Walk } from "./walk.js";

/** Reports union-introduced/-dropped/-kind-changed and member changes, walking matched members. */
export function compareUnions(
  scope: Scope,
  before: CanonicalSchema,
  after: CanonicalSchema,
  location: string,
  walk: Walk,
): void {
  const from = before.union;
  const to = after.union;
  if (!from && !to) return;
  const facts = between(before, after, {
    before: from ? `${from.kind} of ${from.members.length}` : null,
    after: to ? `${to.kind} of ${to.members.length}` : null,
  });
  if (!from) {
    report(scope, "union-introduced", location, `now ${to!.kind} of ${to!.members.length}`, facts);
    return;
  }
  if (!to) {
    const text = `no longer ${from.kind} of ${from.members.length}`;
    report(scope, "union-dropped", location, text, facts);
    return;
  }
  if (from.kind !== to.kind)
    report(scope, "union-kind-changed", location, `${from.kind} -> ${to.kind}`, facts);
  const match = matching(before, after);
  const fromMembers = match(before);
  const toMembers = match(after);
  const keys = new Set([...fromMembers.keys(), ...toMembers.keys()]);
  for (const key of [...keys].sort(byNumberThenText)) {
    const here = at(location, to.kind, key);
    const old = fromMembers.get(key);
    const now = toMembers.get(key);
    if (old && now) walk(old, now, here);
    else if (now)
      report(scope, "union-member-added", here, `union member ${key} added`, {
        old: before.pointer,
        new: now.pointer,
        after: key,
      });
    else
      report(scope, "union-member-removed", here, `union member ${key} removed`, {
        old: old!.pointer,
        new: after.pointer,
        before: key,
      });
  }
}

// Discriminator values when both sides have one, schema names when every member is a $ref, else position.
function matching(before: CanonicalSchema, after: CanonicalSchema) {
  if (before.discriminator && after.discriminator) return membersByValue;
  if (allRefs(before) && allRefs(after)) return membersByName;
  return membersByPosition;
}

function allRefs(schema: CanonicalSchema): boolean {
  return schema.union!.members.every((member) => typeof refOf(member) === "string");
}

function refOf(member: SchemaAt): unknown {
  return isObject(member.schema) ? member.schema.$ref : undefined;
}

function membersByName(schema: CanonicalSchema): Map<string, SchemaAt> {
  const out = new Map<string, SchemaAt>();
  for (const member of schema.union!.members) {
    const ref = String(refOf(member));
    out.set(ref.slice(ref.lastIndexOf("/") + 1), member);
  }
  return out;
}

function membersByPosition(schema: CanonicalSchema): Map<string, SchemaAt> {
  return new Map(schema.union!.members.map((member, index) => [String(index), member]));
}

// Explicit mapping first, then each `$ref` member under its schema name (the implicit mapping).
function membersByValue(schema: CanonicalSchema): Map<string, SchemaAt> {
  const out = new Map<string, SchemaAt>();
  const mapped = new Set<string>();
  const where = joinPointer(schema.pointer, "discriminator", "mapping");
  for (const [value, target] of schema.discriminator!.mapping) {
    const ref = target.startsWith("#") ? target : `#/components/schemas/${target}`;
    mapped.add(ref);
    out.set(value, { schema: { $ref: ref }, pointer: joinPointer(where, value) });
  }
  for (const member of schema.union!.members) {
    const ref = refOf(member);
    if (typeof ref !== "string" || mapped.has(ref)) continue;
    const name = ref.slice(ref.lastIndexOf("/") + 1);
    if (!out.has(name)) out.set(name, member);
  }
  return out;
}

function byNumberThenText(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
