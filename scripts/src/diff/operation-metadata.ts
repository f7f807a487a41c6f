// Compares an operation's id, deprecation flag and descriptive text.
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
    if (fromId === undefined) report(scope, "operation-id-added", "operationId", text);
    else if (toId === undefined) report(scope, "operation-id-removed", "operationId", text);
    else report(scope, "operation-id-changed", "operationId", text);
  }
  const wasDeprecated = before.node.deprecated === true;
  const isDeprecated = after.node.deprecated === true;
  if (!wasDeprecated && isDeprecated)
    report(scope, "operation-deprecated", "", "operation deprecated");
  if (wasDeprecated && !isDeprecated)
    report(scope, "deprecation-removed", "", "operation no longer deprecated");
  compareDocs(scope, describe(before), describe(after), "");
}

function describe(operation: OperationAt): Record<string, unknown> {
  const { summary, description, tags, externalDocs } = operation.node;
  return { summary, description, tags, externalDocs };
}
