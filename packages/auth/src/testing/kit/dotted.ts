// Reads and writes values at dotted paths (`pagination.current_page`) inside JSON bodies.

/** Sets `value` at `path` in `target` (undefined deletes it), creating objects on the way; "" is not a place (returns false). */
export function setAt(target: unknown, path: string, value: unknown): boolean {
  const segments = path.split(".").filter(Boolean);
  if (segments.length === 0 || typeof target !== "object" || target === null) return false;
  let current = target as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) {
    const next = current[segment];
    if (typeof next !== "object" || next === null || Array.isArray(next)) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  }
  if (value === undefined) delete current[segments.at(-1)!];
  else current[segments.at(-1)!] = value;
  return true;
}

/** The value at `path` ("" is the value itself). */
export function getAt(source: unknown, path: string): unknown {
  let current = source;
  for (const segment of path.split(".").filter(Boolean)) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
