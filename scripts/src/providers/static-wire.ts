// Reads a static credential's declared wire format (`Authorization: Token <token>`, `?api_key=<key>`) and checks it against the spec's scheme.
import type { CredentialDeclaration } from "./registry.js";

/** Where a static secret goes: a header and the text before the secret (`""` for none), or a query parameter. */
export type StaticWire =
  | { in: "header"; header: string; prefix: string }
  | { in: "query"; param: string };

/** Parses `Header: [Prefix ]<secret>` or `?param=<secret>`; throws naming the builder when the form is neither. */
export function parseStaticWire(credential: CredentialDeclaration): StaticWire {
  const query = /^\?([A-Za-z0-9_.~-]+)=<[^<>\s]+>$/.exec(credential.wire);
  if (query) return { in: "query", param: query[1]! };
  const match = /^([A-Za-z-]+): (?:(\S+) )?<[^<>\s]+>$/.exec(credential.wire);
  if (!match)
    throw new Error(
      `credential "${credential.builder}": wire "${credential.wire}" is not "Header: [Prefix ]<secret>" or "?param=<secret>"`,
    );
  return { in: "header", header: match[1]!, prefix: match[2] === undefined ? "" : `${match[2]} ` };
}

/** Whether the wire is `Authorization: Bearer <token>` (the kit's fakes read it apart from API keys). */
export function isBearerWire(wire: StaticWire): boolean {
  return (
    wire.in === "header" &&
    wire.header.toLowerCase() === "authorization" &&
    wire.prefix === "Bearer "
  );
}

/** Throws unless the spec's security scheme sends the secret where the wire says (header or query name, `Bearer`). */
export function checkWireAgainstScheme(
  credential: CredentialDeclaration,
  wire: StaticWire,
  scheme: unknown,
): void {
  const at = `credential "${credential.builder}" (scheme "${credential.scheme}")`;
  if (typeof scheme !== "object" || scheme === null)
    throw new Error(`${at}: the spec declares no such security scheme`);
  const { type, in: place, name, scheme: httpScheme } = scheme as Record<string, unknown>;
  if (type === "apiKey" && place === "query") {
    // Query parameter names are case-sensitive, unlike header names.
    if (wire.in !== "query" || wire.param !== name)
      throw new Error(
        `${at}: the spec sends the key as a query parameter, declare it as "?${String(name)}=<key>"`,
      );
    return;
  }
  if (type === "apiKey") {
    if (place !== "header")
      throw new Error(
        `${at}: only header and query API keys can be declared, the spec says in: ${place}`,
      );
    if (wire.in !== "header" || String(name).toLowerCase() !== wire.header.toLowerCase())
      throw new Error(
        `${at}: the spec's header is "${name}", the wire says "${wire.in === "header" ? wire.header : credential.wire}"`,
      );
    return;
  }
  if (type === "http" && typeof httpScheme === "string" && httpScheme.toLowerCase() !== "basic") {
    if (
      wire.in !== "header" ||
      wire.header.toLowerCase() !== "authorization" ||
      wire.prefix.trim().toLowerCase() !== httpScheme.toLowerCase()
    )
      throw new Error(
        `${at}: an http ${httpScheme} scheme is sent as "Authorization: ${httpScheme} <secret>"`,
      );
    return;
  }
  throw new Error(
    `${at}: a ${String(type)} scheme is not a static credential the generator can write`,
  );
}

/** The environment variable examples read a static credential from, e.g. `DYNU_API_KEY` for Dynu's `apiKey`. */
export function secretVariable(provider: string, builder: string): string {
  return `${provider}_${builder.replace(/[A-Z]/g, (c) => `_${c}`)}`
    .toUpperCase()
    .replace(/-/g, "_");
}

/** The variable a provider package reads for another API root, e.g. `ADGUARD_DNS_BASE_URL`. */
export function baseUrlVariable(provider: string): string {
  return `${provider.toUpperCase().replaceAll("-", "_")}_BASE_URL`;
}

/** The first static credential's builder and variable: what an example can authenticate with unaided. */
export function exampleCredential(entry: {
  name: string;
  credentials: readonly CredentialDeclaration[];
}): { builder: string; variable: string } | undefined {
  const credential = entry.credentials.find((candidate) => candidate.kind === "static");
  return credential
    ? { builder: credential.builder, variable: secretVariable(entry.name, credential.builder) }
    : undefined;
}
