// Turns `--auth builder:scheme[:Prefix]` flags (or, without flags, the spec's API key and bearer schemes) into static credential declarations.
import type { CredentialDeclaration } from "../providers/registry.js";
import { checkWireAgainstScheme, isBearerWire, parseStaticWire } from "../providers/static-wire.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The `wire` of a static credential on `scheme`, with `prefix` (e.g. `Token`) before the secret. */
function wireOf(name: string, scheme: Record<string, unknown>, prefix: string | undefined): string {
  if (scheme.type === "apiKey" && scheme.in === "header")
    return `${String(scheme.name)}: ${prefix ? `${prefix} ` : ""}<key>`;
  if (scheme.type === "apiKey" && scheme.in === "query") {
    if (prefix) throw new Error(`security scheme "${name}" is a query key: it takes no prefix`);
    return `?${String(scheme.name)}=<key>`;
  }
  if (scheme.type === "http" && typeof scheme.scheme === "string" && scheme.scheme !== "basic") {
    const word = scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1);
    return `Authorization: ${word} <token>`;
  }
  throw new Error(
    `security scheme "${name}" (${String(scheme.type)}${scheme.in ? ` in ${String(scheme.in)}` : ""}) is not a static header or query credential; write its adapter by hand`,
  );
}

/** Static credentials for the registry entry; throws naming the flag or scheme that cannot be one. */
export function declareCredentials(
  doc: Record<string, unknown>,
  flags: readonly string[],
): CredentialDeclaration[] {
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const wanted =
    flags.length > 0
      ? flags.map((flag) => {
          const [builder, scheme, prefix] = flag.split(":");
          if (!builder || !/^[a-z][A-Za-z0-9]*$/.test(builder) || !scheme)
            throw new Error(
              `--auth ${flag}: expected builder:scheme[:Prefix], e.g. token:tokenAuth:Token`,
            );
          return { builder, scheme, prefix };
        })
      : detected(schemes);
  if (wanted.length === 0)
    throw new Error(
      "the spec has no header or query API key or bearer scheme; name one with --auth builder:scheme[:Prefix]",
    );
  const declared = wanted.map(({ builder, scheme, prefix }) => {
    const found = schemes[scheme];
    if (!isObject(found))
      throw new Error(
        `--auth ${builder}:${scheme}: the spec declares no security scheme "${scheme}" (it has: ${Object.keys(schemes).join(", ") || "none"})`,
      );
    const credential: CredentialDeclaration = {
      builder,
      kind: "static",
      scheme,
      wire: wireOf(scheme, found, prefix),
    };
    checkWireAgainstScheme(credential, parseStaticWire(credential), found);
    return credential;
  });
  // The kit's fake reads one API key (header or query) besides `Authorization: Bearer`.
  const keyed = declared.filter((c) => !isBearerWire(parseStaticWire(c)));
  if (keyed.length > 1)
    throw new Error(
      `more than one non-bearer credential (${keyed.map((c) => c.builder).join(", ")}): the fake checks one API key`,
    );
  return declared;
}

/** Without flags: the spec's header API keys and bearer schemes, or its query keys when it has no header key. */
function detected(
  schemes: Record<string, unknown>,
): { builder: string; scheme: string; prefix: undefined }[] {
  const of = (wanted: (s: Record<string, unknown>) => boolean) =>
    Object.entries(schemes).filter(([, s]) => isObject(s) && wanted(s));
  const headerKeys = of((s) => s.type === "apiKey" && s.in === "header");
  // Many APIs take the same key in a header or the query: the header keeps it out of URLs.
  const keys =
    headerKeys.length > 0 ? headerKeys : of((s) => s.type === "apiKey" && s.in === "query");
  const bearers = of((s) => s.type === "http" && s.scheme === "bearer");
  return [
    ...keys.map(([scheme]) => ({ builder: "apiKey", scheme, prefix: undefined })),
    ...bearers.map(([scheme]) => ({ builder: "bearerToken", scheme, prefix: undefined })),
  ];
}
