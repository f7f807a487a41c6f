// Compares the security alternatives an operation accepts, by what the schemes mean (not their names).
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { report, type Scope, type Side } from "./context.js";
import type { OperationAt } from "./operations.js";

const ANONYMOUS = "no credential";

/** Reports security-tightened (requirement gained or alternative removed) and security-loosened. */
export function compareSecurity(scope: Scope, before: OperationAt, after: OperationAt): void {
  const from = alternatives(scope.ctx.old, before);
  const to = alternatives(scope.ctx.new, after);
  if (from.has(ANONYMOUS) && !to.has(ANONYMOUS)) {
    report(scope, "security-tightened", "security", `now requires ${[...to].join(" or ")}`);
    return;
  }
  if (!from.has(ANONYMOUS) && to.has(ANONYMOUS)) {
    report(scope, "security-loosened", "security", "no longer requires a credential");
    return;
  }
  for (const alternative of [...from].sort()) {
    if (!to.has(alternative))
      report(scope, "security-tightened", "security", `${alternative} no longer accepted`);
  }
  for (const alternative of [...to].sort()) {
    if (!from.has(alternative))
      report(scope, "security-loosened", "security", `${alternative} now accepted`);
  }
}

/** The operation's effective requirement alternatives, each as sorted `scheme[scopes]` text. */
function alternatives(side: Side, operation: OperationAt): Set<string> {
  const declared = operation.node.security ?? side.doc.security;
  const list = Array.isArray(declared) ? declared : [];
  const out = new Set<string>();
  for (const requirement of list) {
    if (!isObject(requirement)) continue;
    const parts = Object.entries(requirement).map(([name, scopes]) => {
      const scopeText =
        Array.isArray(scopes) && scopes.length > 0 ? `[${[...scopes].sort().join(",")}]` : "";
      return `${schemeMeaning(side, name)}${scopeText}`;
    });
    out.add(parts.length === 0 ? ANONYMOUS : parts.sort().join(" + "));
  }
  if (out.size === 0) out.add(ANONYMOUS);
  return out;
}

// Two schemes mean the same when they put the same kind of credential in the same place.
function schemeMeaning(side: Side, name: string): string {
  const schemes = isObject(side.doc.components) ? side.doc.components.securitySchemes : undefined;
  const raw = isObject(schemes) ? schemes[name] : undefined;
  if (raw === undefined) return `undefined scheme ${name}`;
  const scheme = side.resolver.follow(raw, joinPointer("/components/securitySchemes", name)).value;
  if (!isObject(scheme)) return `undefined scheme ${name}`;
  switch (scheme.type) {
    case "apiKey":
      return `apiKey in ${String(scheme.in)} ${String(scheme.in === "header" ? String(scheme.name).toLowerCase() : scheme.name)}`;
    case "http":
      return `http ${String(scheme.scheme).toLowerCase()}`;
    case "oauth2":
      return `oauth2 ${isObject(scheme.flows) ? Object.keys(scheme.flows).sort().join(",") : ""}`.trim();
    case "openIdConnect":
      return `openIdConnect ${String(scheme.openIdConnectUrl)}`;
    default:
      return `${String(scheme.type)} ${name}`;
  }
}
