// Compares an operation's responses per status code: presence, headers and content.
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { compareContent } from "./content.js";
import { at, report, type Scope, type Side } from "./context.js";
import { compareDocs } from "./docs.js";
import type { OperationAt } from "./operations.js";
import { compareSchema } from "./schema/compare-schema.js";

interface ResponseAt {
  status: string;
  node: Record<string, unknown>;
  pointer: string;
}

/** Reports response-status-*, header and media type changes, walking schemas as response data. */
export function compareResponses(scope: Scope, before: OperationAt, after: OperationAt): void {
  const response: Scope = { ...scope, direction: "response" };
  const from = listResponses(scope.ctx.old, before);
  const to = listResponses(scope.ctx.new, after);
  for (const status of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const here = at("responses", status);
    const old = from.get(status);
    const now = to.get(status);
    if (old && now) compareResponse(response, old, now, here);
    else if (now)
      report(response, "response-status-added", here, `status ${status} added`, {
        new: now.pointer,
        after: status,
      });
    else if (old)
      report(response, "response-status-removed", here, `status ${status} removed`, {
        old: old.pointer,
        before: status,
      });
  }
}

function compareResponse(scope: Scope, old: ResponseAt, now: ResponseAt, here: string): void {
  compareDocs(
    scope,
    { description: old.node.description },
    { description: now.node.description },
    here,
    { old: old.pointer, new: now.pointer },
  );
  compareHeaders(scope, old, now, here);
  compareContent(
    scope,
    { content: old.node.content, pointer: old.pointer },
    { content: now.node.content, pointer: now.pointer },
    here,
    { added: "response-media-type-added", removed: "response-media-type-removed" },
  );
}

function compareHeaders(scope: Scope, old: ResponseAt, now: ResponseAt, here: string): void {
  const from = listHeaders(scope.ctx.old, old);
  const to = listHeaders(scope.ctx.new, now);
  for (const name of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const where = at(here, "headers", name);
    const a = from.get(name);
    const b = to.get(name);
    if (a && b) compareSchema(scope, a, b, where);
    else if (b)
      report(scope, "response-header-added", where, `header ${name} added`, {
        new: b.header,
        after: name,
      });
    else if (a)
      report(scope, "response-header-removed", where, `header ${name} removed`, {
        old: a.header,
        before: name,
      });
  }
}

// Header names are case-insensitive.
function listHeaders(side: Side, response: ResponseAt) {
  const out = new Map<string, { schema: unknown; pointer: string; header: string }>();
  if (!isObject(response.node.headers)) return out;
  for (const [name, raw] of Object.entries(response.node.headers)) {
    const found = side.resolver.follow(raw, joinPointer(response.pointer, "headers", name));
    const header = isObject(found.value) ? found.value : {};
    out.set(name.toLowerCase(), {
      schema: header.schema ?? {},
      pointer: joinPointer(found.pointer, "schema"),
      header: found.pointer,
    });
  }
  return out;
}

// Status keys are compared as text, with `2xx` and `2XX` the same range.
function listResponses(side: Side, operation: OperationAt): Map<string, ResponseAt> {
  const out = new Map<string, ResponseAt>();
  const responses = operation.node.responses;
  if (!isObject(responses)) return out;
  for (const [status, raw] of Object.entries(responses)) {
    const found = side.resolver.follow(raw, joinPointer(operation.pointer, "responses", status));
    const key = status === "default" ? status : status.toUpperCase();
    out.set(key, {
      status: key,
      node: isObject(found.value) ? found.value : {},
      pointer: found.pointer,
    });
  }
  return out;
}
