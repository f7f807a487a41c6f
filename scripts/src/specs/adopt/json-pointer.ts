// Builds RFC 6901 JSON pointers so every reported location can be looked up in the document.

/** Appends one reference token to a pointer, escaping `~` and `/`. */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** Splits a pointer into its unescaped reference tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Resolves a local `$ref` ("#/components/...") against the document, or undefined. */
export function resolveLocalRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = doc;
  for (const token of pointerTokens(ref.slice(1))) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
