// Reads a static credential's declared wire format (`Authorization: Token <token>`) and checks it against the spec's scheme.
import type { CredentialDeclaration } from "./registry.js";

/** Where a static secret goes: the header and the text before the secret (`""` for none). */
export interface StaticWire {
  header: string;
  prefix: string;
}

/** Parses `Header: [Prefix ]<secret>`; throws naming the builder when the form is not that. */
export function parseStaticWire(credential: CredentialDeclaration): StaticWire {
  const match = /^([A-Za-z-]+): (?:(\S+) )?<[^<>\s]+>$/.exec(credential.wire);
  if (!match)
    throw new Error(
      `credential "${credential.builder}": wire "${credential.wire}" is not "Header: [Prefix ]<secret>"`,
    );
  return { header: match[1]!, prefix: match[2] === undefined ? "" : `${match[2]} ` };
}

/** Throws unless the spec's security scheme sends the secret where the wire says (header name, `Bearer`). */
export function checkWireAgainstScheme(
  credential: CredentialDeclaration,
  wire: StaticWire,
  scheme: unknown,
): void {
  const at = `credential "${credential.builder}" (scheme "${credential.scheme}")`;
  if (typeof scheme !== "object" || scheme === null)
    throw new Error(`${at}: the spec declares no such security scheme`);
  const { type, in: place, name, scheme: httpScheme } = scheme as Record<string, unknown>;
  if (type === "apiKey") {
    if (place !== "header")
      throw new Error(`${at}: only header API keys can be declared, the spec says in: ${place}`);
    if (String(name).toLowerCase() !== wire.header.toLowerCase())
      throw new Error(`${at}: the spec's header is "${name}", the wire says "${wire.header}"`);
    return;
  }
  if (type === "http" && typeof httpScheme === "string" && httpScheme.toLowerCase() !== "basic") {
    if (
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
