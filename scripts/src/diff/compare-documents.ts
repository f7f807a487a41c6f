// Compares two OpenAPI documents operation by operation and gives a semver verdict.
import type { OpenApiDocument } from "../openapi/load.js";
import { findUnresolvedRefs, RefResolver } from "../openapi/resolve-refs.js";
import { unknownKeys } from "../specs/adopt/drop-unknown-keys.js";
import { adviceFor } from "./advice.js";
import { type Bump, bumpFor } from "./bump.js";
import { compareCallbacks } from "./callbacks.js";
import type { Change } from "./change-kinds.js";
import { type DiffContext, report, type Scope } from "./context.js";
import { compareDocs } from "./docs.js";
import { groupChanges } from "./group-changes.js";
import { compareOperationMetadata } from "./operation-metadata.js";
import { listOperations } from "./operations.js";
import { compareParameters } from "./parameters.js";
import { compareRequestBody } from "./request-body.js";
import { compareResponses } from "./responses.js";
import { compareSecurity } from "./security.js";

/** File names used in error messages (SpecError names file + JSON pointer). */
export interface CompareOptions {
  oldFile: string;
  newFile: string;
}

/** The verdict and every classified change, document-level first, then by operation. */
export interface DiffResult {
  bump: Bump;
  changes: Change[];
}

/**
 * Classifies every difference from `oldDoc` to `newDoc` from a client user's point of view, one
 * entry per change (a shared component changed once is one entry listing the operations it
 * reaches), each breaking entry with advice; throws SpecError on a dangling $ref.
 */
export function compareDocuments(
  oldDoc: OpenApiDocument,
  newDoc: OpenApiDocument,
  options: CompareOptions,
): DiffResult {
  const changes = groupChanges(compareDocumentsByPlace(oldDoc, newDoc, options).changes);
  for (const change of changes) change.advice = adviceFor(change, { old: oldDoc, new: newDoc });
  return { bump: bumpFor(changes), changes };
}

/** The same comparison with one change per place it shows (what allow-lists match against). */
export function compareDocumentsByPlace(
  oldDoc: OpenApiDocument,
  newDoc: OpenApiDocument,
  options: CompareOptions,
): DiffResult {
  // A dangling $ref anywhere is an input error, even in parts the walk would not reach.
  const dangling = [
    ...findUnresolvedRefs(oldDoc, options.oldFile),
    ...findUnresolvedRefs(newDoc, options.newFile),
  ];
  if (dangling[0]) throw dangling[0];
  const ctx: DiffContext = {
    old: { doc: oldDoc, resolver: new RefResolver(oldDoc, options.oldFile) },
    new: { doc: newDoc, resolver: new RefResolver(newDoc, options.newFile) },
    changes: [],
    memo: new Map(),
  };
  compareDocumentLevel({ ctx, operation: "", direction: "request" });
  compareUnknownKeys({ ctx, operation: "", direction: "request" });
  const before = listOperations(ctx.old);
  const after = listOperations(ctx.new);
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const scope: Scope = { ctx, operation: key, direction: "request" };
    const old = before.get(key);
    const now = after.get(key);
    if (old && now) {
      compareOperationMetadata(scope, old, now);
      compareParameters(scope, old, now);
      compareRequestBody(scope, old, now);
      compareResponses(scope, old, now);
      compareSecurity(scope, old, now);
      compareCallbacks(scope, old, now);
    } else if (now) {
      report(scope, "operation-added", "", `${key} added`, {
        new: now.pointer,
        after: now.node.operationId ?? key,
      });
    } else if (old) {
      report(scope, "operation-removed", "", `${key} removed`, {
        old: old.pointer,
        before: old.node.operationId ?? key,
      });
    }
  }
  return { bump: bumpFor(ctx.changes), changes: ctx.changes };
}

// Keys OpenAPI does not define mean nothing to a client, but a reviewer must see them come and go.
function compareUnknownKeys(scope: Scope): void {
  const before = new Set(unknownKeys(scope.ctx.old.doc));
  const after = new Set(unknownKeys(scope.ctx.new.doc));
  const sides = [
    [after, before, "unknown-key-added", "added"],
    [before, after, "unknown-key-removed", "removed"],
  ] as const;
  for (const [side, other, kind, verb] of sides) {
    for (const pointer of side) {
      if (!other.has(pointer))
        report(scope, kind, pointer, `${pointer}: key OpenAPI does not define here ${verb}`, {
          [verb === "added" ? "new" : "old"]: pointer,
        });
    }
  }
}

// Title, description, version and servers: nothing a generated client's types depend on.
function compareDocumentLevel(scope: Scope): void {
  const info = (doc: OpenApiDocument) =>
    typeof doc.info === "object" && doc.info !== null ? doc.info : {};
  const {
    title: t1,
    description: d1,
    version: v1,
  } = info(scope.ctx.old.doc) as Record<string, unknown>;
  const {
    title: t2,
    description: d2,
    version: v2,
  } = info(scope.ctx.new.doc) as Record<string, unknown>;
  compareDocs(
    scope,
    { title: t1, description: d1, version: v1 },
    { title: t2, description: d2, version: v2 },
    "info",
    { old: "/info", new: "/info" },
  );
  const urls = (doc: OpenApiDocument) =>
    (Array.isArray(doc.servers) ? doc.servers : []).map(
      (server) => (server as { url?: unknown })?.url,
    );
  const before = urls(scope.ctx.old.doc);
  const after = urls(scope.ctx.new.doc);
  const from = JSON.stringify(before);
  const to = JSON.stringify(after);
  if (from !== to) {
    report(scope, "servers-changed", "servers", `servers ${from} -> ${to}`, {
      old: "/servers",
      new: "/servers",
      before,
      after,
    });
  }
}
