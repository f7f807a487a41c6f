// The one decision every request path asks (client calls, routed requests, the middleware): credential or not.
import { needsCredential, type SecurityRequirements } from "./security.js";

/** Does a call to the operation at `method` + spec path carry the credential? Undefined path: no known operation. */
export type CarriesCredential = (method: string, specPath: string | undefined) => boolean;

/** Looks up an operation's `security` by upper-case method and spec path. */
export type SecurityOf = (method: string, specPath: string) => SecurityRequirements | undefined;

/**
 * Operations whose security the credential does not satisfy (token endpoints, public calls) go
 * without it; every other call, including one that matches no known operation, carries it.
 * Answers for known operations are kept, so a call costs two map lookups.
 */
export function credentialRule(
  securityOf: SecurityOf,
  schemes: readonly string[],
): CarriesCredential {
  const known = new Map<string, Map<string, boolean>>();
  return (method, specPath) => {
    if (specPath === undefined) return true;
    const kept = known.get(method)?.get(specPath);
    if (kept !== undefined) return kept;
    const security = securityOf(method, specPath);
    const carries = needsCredential(security, schemes);
    if (security !== undefined) {
      const byPath = known.get(method) ?? new Map<string, boolean>();
      known.set(method, byPath.set(specPath, carries));
    }
    return carries;
  };
}
