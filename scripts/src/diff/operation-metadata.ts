// Compares an operation's id, deprecation flag and descriptive text.
import { joinPointer } from "../openapi/resolve-refs.js";
import { report, type Scope, show } from "./context.js";
import { compareDocs } from "./docs.js";
import type { OperationAt } from "./operations.js";

/** Reports operation-id-*, operation-deprecated, deprecation-removed and documentation changes. */
export function compareOperationMetadata(
  scope: Scope,
  before: OperationAt,
  after: OperationAt,
): void {
  const fromId = before.node.operationId;
  const toId = after.node.operationId;
  if (fromId !== toId) {
    const text = `operationId ${show(fromId)} -> ${show(toId)}`;
    const facts = {
      old: joinPointer(before.pointer, "operationId"),
      new: joinPointer(after.pointer, "operationId"),
      before: fromId,
      after: toId,
    };
    if (fromId === undefined) report(scope, "operation-id-added", "operationId", text, facts);
    else if (toId === undefined) report(scope, "operation-id-removed", "operationId", text, facts);
    else report(scope, "operation-id-changed", "operationId", text, facts);
  }
  const wasDeprecated = before.node.deprecated === true;
  const isDeprecated = after.node.deprecated === true;
  const flag = {
    old: before.pointer,
    new: after.pointer,
    before: wasDeprecated,
    after: isDeprecated,
  };
  if (!wasDeprecated && isDeprecated)
    report(scope, "operation-deprecated", "", "operation deprecated", flag);
  if (wasDeprecated && !isDeprecated)
    report(scope, "deprecation-removed", "", "operation no longer deprecated", flag);
  compareDocs(scope, describe(before), describe(after), "", {
    old: before.pointer,
    new: after.pointer,
  });
}

function describe(operation: OperationAt): Record<string, unknown> {
  const { summary, description, tags, externalDocs } = operation.node;
  return { summary, description, tags, externalDocs };
}
