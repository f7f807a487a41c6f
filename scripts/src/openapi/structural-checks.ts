// Checks redocly does not make for us: unique operationIds, resolvable $refs, credential-free token endpoints.
import { HTTP_METHODS } from "./http-methods.js";
import { isObject, type OpenApiDocument, SpecError } from "./load.js";
import { findUnresolvedRefs, joinPointer, RefResolver } from "./resolve-refs.js";

/** Every structural problem in one document, as SpecErrors naming file and pointer. */
export function structuralProblems(doc: OpenApiDocument, file: string): SpecError[] {
  const problems = findUnresolvedRefs(doc, file);
  const resolver = new RefResolver(doc, file);
  const seenIds = new Map<string, string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    let item: unknown;
    try {
      item = resolver.follow(rawItem, joinPointer("/paths", path)).value;
    } catch (error) {
      if (error instanceof SpecError) continue; // already listed as an unresolved $ref
      throw error;
    }
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const pointer = joinPointer("/paths", path, method);
      const id = operation.operationId;
      if (typeof id !== "string" || id === "") {
        problems.push(
          new SpecError(file, pointer, `${method.toUpperCase()} ${path} has no operationId`),
        );
      } else if (seenIds.has(id)) {
        problems.push(
          new SpecError(
            file,
            joinPointer(pointer, "operationId"),
            `operationId ${id} is also used at ${seenIds.get(id)}`,
          ),
        );
      } else seenIds.set(id, pointer);
      if (isTokenPath(path) && !takesNoApiCredential(doc, operation.security)) {
        problems.push(
          new SpecError(
            file,
            joinPointer(pointer, "security"),
            `token endpoint ${method.toUpperCase()} ${path} must declare security: [] (or HTTP Basic client authentication only)`,
          ),
        );
      }
    }
  }
  return problems;
}

/** True for paths that issue, refresh or revoke tokens (a segment mentioning "token"). */
function isTokenPath(path: string): boolean {
  return path.split("/").some((segment) => !segment.startsWith("{") && /token/i.test(segment));
}

// Token endpoints must not need the token they hand out; client Basic auth (Dynu) is the exception.
function takesNoApiCredential(doc: OpenApiDocument, security: unknown): boolean {
  if (!Array.isArray(security)) return false;
  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes)
      ? doc.components.securitySchemes
      : {};
  return security.every(
    (requirement) =>
      isObject(requirement) &&
      Object.keys(requirement).every((name) => {
        const scheme = schemes[name];
        return (
          isObject(scheme) &&
          scheme.type === "http" &&
          String(scheme.scheme).toLowerCase() === "basic"
        );
      }),
  );
}
