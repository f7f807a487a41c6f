// Compares two schemas recursively, running every schema rule and guarding against $ref cycles.
import {
  type CanonicalSchema,
  canonicalSchema,
  type SchemaAt,
} from "../../openapi/canonical-schema.js";
import type { Scope } from "../context.js";
import { compareDocs } from "../docs.js";
import { compareConstraints } from "./constraints.js";
import { compareAdditionalProperties, compareItems } from "./containers.js";
import { compareDiscriminator } from "./discriminator.js";
import { compareEnums } from "./enums.js";
import { compareFlags } from "./flags.js";
import { compareNullability } from "./nullability.js";
import { compareProperties } from "./properties.js";
import { compareFormat, compareTypes } from "./types.js";
import { compareUnions } from "./unions.js";

/** Compares the schema at `before` (old document) with `after` (new document) at `location`. */
export function compareSchema(
  scope: Scope,
  before: SchemaAt,
  after: SchemaAt,
  location: string,
): void {
  walkPair(scope, before, after, location, new Set());
}

function walkPair(
  scope: Scope,
  before: SchemaAt,
  after: SchemaAt,
  location: string,
  ancestors: Set<string>,
): void {
  const from = canonicalSchema(before, scope.ctx.old.resolver);
  const to = canonicalSchema(after, scope.ctx.new.resolver);
  // The same pair of schemas already being compared further up means a recursive structure.
  const key = `${from.pointer}\u0000${to.pointer}`;
  if (ancestors.has(key)) return;
  // A pair seen before in this operation is replayed under the new location, not walked again.
  const memoKey = `${scope.operation}\u0000${scope.direction}\u0000${key}`;
  const known = scope.ctx.memo.get(memoKey);
  if (known) {
    for (const change of known) {
      scope.ctx.changes.push({
        ...change,
        operation: scope.operation,
        operations: [scope.operation],
        location: location + change.location,
      });
    }
    return;
  }
  const start = scope.ctx.changes.length;
  ancestors.add(key);
  try {
    compareNode(scope, from, to, location, (b, a, where) =>
      walkPair(scope, b, a, where, ancestors),
    );
  } finally {
    ancestors.delete(key);
  }
  const found = scope.ctx.changes
    .slice(start)
    .map(({ operation: _operation, operations: _operations, ...change }) => ({
      ...change,
      location: change.location.slice(location.length),
    }));
  scope.ctx.memo.set(memoKey, found);
}

function compareNode(
  scope: Scope,
  from: CanonicalSchema,
  to: CanonicalSchema,
  location: string,
  walk: (before: SchemaAt, after: SchemaAt, location: string) => void,
): void {
  compareTypes(scope, from, to, location);
  compareFormat(scope, from, to, location);
  compareNullability(scope, from, to, location);
  compareEnums(scope, from, to, location);
  compareConstraints(scope, from, to, location);
  compareFlags(scope, from, to, location);
  compareDiscriminator(scope, from, to, location);
  compareDocs(scope, { ...from.docs }, { ...to.docs }, location, {
    old: from.pointer,
    new: to.pointer,
  });
  compareProperties(scope, from, to, location, walk);
  compareItems(from, to, location, walk);
  compareAdditionalProperties(scope, from, to, location, walk);
  compareUnions(scope, from, to, location, walk);
}
