// Finds a request's operation with the client's own operation index (literal paths before templates).
import { operationIndex } from "../../client/operation-index.js";
import type { OperationMap } from "../../client/types.js";

/** A routed request: its operation, spec path and path parameters as sent (decoded strings). */
export interface Route {
  operationId: string;
  specPath: string;
  params: Record<string, string>;
}

/** Routes paths below `basePath`; `found: "other-method"` when only another method serves the path. */
export interface Router {
  route(method: string, path: string): Route | { found: "none" | "other-method" };
}

const origin = "http://fake";

/** Builds the router over the generated operation table. */
export function createRouter(
  operations: OperationMap,
  basePath: string,
  caseInsensitive: boolean,
): Router {
  const fold = (text: string) => (caseInsensitive ? text.toLowerCase() : text);
  const table: Record<string, OperationMap[string]> = {};
  const patterns = new Map<string, RegExp>();
  for (const [operationId, op] of Object.entries(operations)) {
    table[operationId] = { ...op, path: fold(op.path) };
    patterns.set(operationId, capture(op.path, caseInsensitive));
  }
  const index = operationIndex(table, `${origin}${fold(basePath)}`);
  const methods = [...new Set(index.entries.map(([method]) => method))];
  const specPathOf = (method: string, path: string) =>
    index.specPathOf({ method, url: `${origin}${path}` } as Request);

  return {
    route(method, rawPath) {
      // A trailing slash names the same resource (as most servers treat it).
      const path = fold(rawPath.length > 1 ? rawPath.replace(/\/+$/, "") : rawPath);
      const operationId = index.operationIdOf(method, specPathOf(method, path));
      if (operationId !== undefined) {
        const below = rawPath.replace(/\/+$/, "").slice(basePath.length) || "/";
        const match = patterns.get(operationId)?.exec(below);
        const params: Record<string, string> = {};
        for (const [name, value] of Object.entries(match?.groups ?? {}))
          params[unslot(name)] = safeDecode(value);
        return { operationId, specPath: operations[operationId]!.path, params };
      }
      const elsewhere = methods.some((m) => m !== method && specPathOf(m, path) !== undefined);
      return { found: elsewhere ? "other-method" : "none" };
    },
  };
}

/** `/dns/{id}` -> /^\/dns\/(?<p0_id>[^/]+)$/ naming each parameter (group names must be identifiers). */
function capture(specPath: string, caseInsensitive: boolean): RegExp {
  let n = 0;
  const source = specPath
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return `(?<p${n++}_${Buffer.from(name).toString("hex")}>[^/]+)`;
    })
    .join("");
  return new RegExp(`^${source}$`, caseInsensitive ? "i" : "");
}

const unslot = (group: string) =>
  Buffer.from(group.slice(group.indexOf("_") + 1), "hex").toString("utf8");

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
