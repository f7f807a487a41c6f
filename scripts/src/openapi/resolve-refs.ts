// Follows local `$ref`s inside one document, with errors that name the file and JSON pointer.
import { childPointer, pointerTokens } from "../specs/adopt/json-pointer.js";
import { isObject, loadDocument, type OpenApiDocument, SpecError } from "./load.js";

/** A value reached by following zero or more `$ref`s, with where it lives and which refs led there. */
export interface Followed {
  value: unknown;
  pointer: string;
  refs: string[];
}

/** Joins JSON pointer segments onto a base pointer. */
export function joinPointer(base: string, ...segments: Array<string | number>): string {
  return segments.reduce<string>(childPointer, base);
}

/** Resolves `#/...` references against one parsed document. */
export class RefResolver {
  constructor(
    readonly doc: OpenApiDocument,
    readonly file: string,
  ) {}

  /** Returns the value a `$ref` string points at; `at` is where the `$ref` was found, for errors. */
  lookup(ref: string, at: string): { value: unknown; pointer: string } {
    if (!ref.startsWith("#")) {
      throw new SpecError(this.file, at, `external $ref ${JSON.stringify(ref)} is not supported`);
    }
    const fragment = safeDecode(ref.slice(1));
    if (fragment !== "" && !fragment.startsWith("/")) {
      throw new SpecError(this.file, at, `$ref ${JSON.stringify(ref)} is not a JSON pointer`);
    }
    let value: unknown = this.doc;
    for (const segment of pointerTokens(fragment)) {
      const next = Array.isArray(value)
        ? value[Number(segment)]
        : isObject(value) && Object.hasOwn(value, segment)
          ? value[segment]
          : undefined;
      if (next === undefined) {
        throw new SpecError(this.file, at, `unresolved $ref ${JSON.stringify(ref)}`);
      }
      value = next;
    }
    return { value, pointer: fragment };
  }

  /** Follows a chain of `{ $ref }` objects to the first value that is not a bare reference. */
  follow(value: unknown, pointer: string): Followed {
    const refs: string[] = [];
    let current = value;
    let where = pointer;
    while (isObject(current) && typeof current.$ref === "string") {
      const ref = current.$ref;
      if (refs.includes(ref)) {
        throw new SpecError(this.file, where, `circular $ref chain through ${JSON.stringify(ref)}`);
      }
      refs.push(ref);
      const found = this.lookup(ref, joinPointer(where, "$ref"));
      current = found.value;
      where = found.pointer;
    }
    return { value: current, pointer: where, refs };
  }
}

/**
 * Lists every `$ref` that does not resolve or only leads round a loop of bare refs, and every
 * reference openapi-typescript's bundler (redocly) would fetch from a URL or a file: `externalValue`
 * under any key, a discriminator `mapping` value that is not a `#` pointer. As SpecErrors (never throws).
 */
export function findUnresolvedRefs(doc: OpenApiDocument, file: string): SpecError[] {
  const resolver = new RefResolver(doc, file);
  const errors: SpecError[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, pointer: string): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, joinPointer(pointer, index));
      return;
    }
    const record = value as Record<string, unknown>;
    errors.push(...fetchableReferences(record, pointer, file));
    if (typeof record.$ref === "string") {
      try {
        // follow, not lookup: a chain A -> B -> A resolves at each step but never reaches a value.
        resolver.follow(record, pointer);
      } catch (error) {
        if (error instanceof SpecError) errors.push(error);
        else throw error;
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, joinPointer(pointer, key));
  };
  visit(doc, "");
  return errors;
}

// The bundler resolves `externalValue` wherever it sits (unknown keys too) and mapping values that look like paths.
function fetchableReferences(
  record: Record<string, unknown>,
  pointer: string,
  file: string,
): SpecError[] {
  const found: SpecError[] = [];
  if (typeof record.externalValue === "string") {
    found.push(
      new SpecError(
        file,
        joinPointer(pointer, "externalValue"),
        `externalValue ${JSON.stringify(record.externalValue)} would be fetched when generating; not allowed, inline the example as value`,
      ),
    );
  }
  const mapping = isObject(record.discriminator) ? record.discriminator.mapping : undefined;
  if (isObject(mapping)) {
    for (const [name, target] of Object.entries(mapping)) {
      if (typeof target === "string" && !target.startsWith("#") && /[/:]|^\.\.?/.test(target)) {
        found.push(
          new SpecError(
            file,
            joinPointer(pointer, "discriminator", "mapping", name),
            `discriminator mapping ${JSON.stringify(target)} points outside the document; use a #/components/schemas/... pointer`,
          ),
        );
      }
    }
  }
  return found;
}

// A malformed percent escape is reported as unresolved rather than as a URIError.
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Loads a document and also refuses dangling or circular `$ref`s, naming file and pointer. */
export async function loadCheckedDocument(file: string): Promise<OpenApiDocument> {
  const doc = await loadDocument(file);
  const [first] = findUnresolvedRefs(doc, file);
  if (first) throw first;
  return doc;
}
