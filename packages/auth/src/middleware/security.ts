// Reads an operation's OpenAPI security requirements against the schemes a credential covers.

/** An operation's `security`: alternatives, each a map of scheme name -> scopes. */
export type SecurityRequirements = readonly Readonly<Record<string, readonly string[]>>[];

/**
 * Whether to attach the credential: unknown operations (undefined) get it; `[]` (token endpoints,
 * public calls) never does; otherwise some alternative must name only schemes we cover.
 */
export function needsCredential(
  security: SecurityRequirements | undefined,
  schemes: readonly string[],
): boolean {
  if (security === undefined) return true;
  return security.some((alternative) => {
    const names = Object.keys(alternative);
    return names.length > 0 && names.every((name) => schemes.includes(name));
  });
}
