// Reads a named export of a provider module the suites' registry defaults loaded by package name.

/** Export `name` of `module` (loaded from `from`), checked to be a function or a non-null object; throws naming both. */
export function moduleExport<T>(
  module: Readonly<Record<string, unknown>>,
  name: string,
  kind: "function" | "object",
  from: string,
): T {
  const value = module[name];
  if (typeof value !== kind || value === null)
    throw new Error(`${from} exports no ${kind} "${name}"`);
  return value as T;
}
