// Turns `--auth builder:scheme[:Prefix]` flags (or, without flags, the spec's header schemes) into static credential declarations.
import type { CredentialDeclaration } from "../providers/registry.js";
import { checkWireAgainstScheme, parseStaticWire } from "../providers/static-wire.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The `wire` of a static credential on `scheme`, with `prefix` (e.g. `Token`) before the secret. */
function wireOf(name: string, scheme: Record<string, unknown>, prefix: string | undefined): string {
  if (scheme.type === "apiKey" && scheme.in === "header")
    return `${String(scheme.name)}: ${prefix ? `${prefix} ` : ""}<key>`;
  if (scheme.type === "http" && typeof scheme.scheme === "string" && scheme.scheme !== "basic") {
    const word = scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1);
    return `Authorization: ${word} <token>`;
  }
  throw new Error(
    `security scheme "${name}" (${String(scheme.type)}${scheme.in ? ` in ${String(scheme.in)}` : ""}) is not a static header credential; write its adapter by hand`,
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
      : Object.entries(schemes)
          .filter(
            ([, s]) =>
              isObject(s) &&
              (s.type === "apiKey"
                ? s.in === "header"
                : s.type === "http" && s.scheme === "bearer"),
          )
          .map(([scheme, s]) => ({
            builder: isObject(s) && s.type === "apiKey" ? "apiKey" : "bearerToken",
            scheme,
            prefix: undefined,
          }));
  if (wanted.length === 0)
    throw new Error(
      "the spec has no header API key or bearer scheme; name one with --auth builder:scheme[:Prefix]",
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
  // The kit's fake reads one API key header besides `Authorization: Bearer`.
  const keyed = declared.filter((c) => parseStaticWire(c).prefix !== "Bearer ");
  if (keyed.length > 1)
    throw new Error(
      `more than one non-bearer credential (${keyed.map((c) => c.builder).join(", ")}): the fake checks one API key header`,
    );
  return declared;
}
