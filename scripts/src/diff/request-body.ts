// Compares an operation's request body: presence, required flag and content.
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { compareContent } from "./content.js";
import { report, type Scope, type Side } from "./context.js";
import { compareDocs } from "./docs.js";
import type { OperationAt } from "./operations.js";

/** Reports request-body-* and request media type changes, walking schemas as request data. */
export function compareRequestBody(scope: Scope, before: OperationAt, after: OperationAt): void {
  const request: Scope = { ...scope, direction: "request" };
  const old = readBody(scope.ctx.old, before);
  const now = readBody(scope.ctx.new, after);
  const here = "requestBody";
  if (!old && !now) return;
  if (!old) {
    const kind =
      now!.body.required === true ? "request-body-added-required" : "request-body-added-optional";
    report(request, kind, here, "request body added", { new: now!.pointer });
    return;
  }
  if (!now) {
    report(request, "request-body-removed", here, "request body removed", { old: old.pointer });
    return;
  }
  const wasRequired = old.body.required === true;
  const isRequired = now.body.required === true;
  const facts = { old: old.pointer, new: now.pointer, before: wasRequired, after: isRequired };
  if (!wasRequired && isRequired)
    report(request, "request-body-made-required", here, "request body now required", facts);
  if (wasRequired && !isRequired)
    report(request, "request-body-made-optional", here, "request body now optional", facts);
  compareDocs(
    request,
    { description: old.body.description },
    { description: now.body.description },
    here,
    { old: old.pointer, new: now.pointer },
  );
  compareContent(
    request,
    { content: old.body.content, pointer: old.pointer },
    { content: now.body.content, pointer: now.pointer },
    here,
    { added: "request-media-type-added", removed: "request-media-type-removed" },
  );
}

function readBody(side: Side, operation: OperationAt) {
  if (operation.node.requestBody === undefined) return undefined;
  const found = side.resolver.follow(
    operation.node.requestBody,
    joinPointer(operation.pointer, "requestBody"),
  );
  return isObject(found.value) ? { body: found.value, pointer: found.pointer } : undefined;
}
