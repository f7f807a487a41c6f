// Compares the security alternatives an operation accepts, by what the schemes mean (not their names).
//
// A request is accepted when it carries every scheme of at least one alternative. An old
// alternative stays usable when some new alternative asks for a subset of it (`[{a, b}]` becoming
// `[{a}, {b}]` only accepts more), so only alternatives without such a subset are tightenings.
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import { report, type Scope, type Side } from "./context.js";
import type { OperationAt } from "./operations.js";

/** One requirement alternative: the schemes (with scopes) it asks for, all together. */
type Alternative = ReadonlySet<string>;

const ANONYMOUS = "no credential";

/** Reports security-tightened (an alternative no longer enough) and security-loosened. */
export function compareSecurity(scope: Scope, before: OperationAt, after: OperationAt): void {
  const from = effectiveSecurity(scope.ctx.old, before);
  const to = effectiveSecurity(scope.ctx.new, after);
  const facts = {
    old: from.pointer,
    new: to.pointer,
    before: from.alternatives.map(describe),
    after: to.alternatives.map(describe),
  };
  const lost = from.alternatives.filter((a) => !to.alternatives.some((b) => isSubset(b, a)));
  const gained = to.alternatives.filter((b) => !from.alternatives.some((a) => isSubset(a, b)));
  if (lost.length > 0) {
    const text = `${lost.map(describe).join(" or ")} no longer enough; now requires ${to.alternatives.map(describe).join(" or ")}`;
    report(scope, "security-tightened", "security", text, facts);
  }
  if (gained.length > 0) {
    const text = gained.some((b) => b.size === 0)
      ? "no longer requires a credential"
      : `${gained.map(describe).join(" or ")} now accepted`;
    report(scope, "security-loosened", "security", text, facts);
  }
}

function isSubset(small: Alternative, big: Alternative): boolean {
  return [...small].every((scheme) => big.has(scheme));
}

function describe(alternative: Alternative): string {
  return alternative.size === 0 ? ANONYMOUS : [...alternative].sort().join(" + ");
}

/** The operation's requirement alternatives (operation level, else document level) and where they are declared. */
function effectiveSecurity(side: Side, operation: OperationAt) {
  const own = operation.node.security;
  const pointer = own === undefined ? "/security" : joinPointer(operation.pointer, "security");
  const declared = own ?? side.doc.security;
  const list = Array.isArray(declared) ? declared : [];
  const alternatives: Alternative[] = [];
  const seen = new Set<string>();
  for (const requirement of list) {
    if (!isObject(requirement)) continue;
    const parts = Object.entries(requirement).map(([name, scopes]) => {
      const scopeText =
        Array.isArray(scopes) && scopes.length > 0 ? `[${[...scopes].sort().join(",")}]` : "";
      return `${schemeMeaning(side, name)}${scopeText}`;
    });
    const alternative = new Set(parts);
    const key = describe(alternative);
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(alternative);
  }
  if (alternatives.length === 0) alternatives.push(new Set());
  alternatives.sort((a, b) => describe(a).localeCompare(describe(b)));
  return { pointer, alternatives };
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
