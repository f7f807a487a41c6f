// Picks the OAuth `error` / `error_description` strings out of a parsed error body.

/** `{ error, errorDescription }` from an OAuth-style body; empty when absent or not strings. */
export function oauthFields(body: unknown): { error?: string; errorDescription?: string } {
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  const out: { error?: string; errorDescription?: string } = {};
  if (typeof record.error === "string") out.error = record.error;
  // RFC 6749 says error_description; some providers (Dynata) answer in camelCase.
  const description = record.error_description ?? record.errorDescription;
  if (typeof description === "string") out.errorDescription = description;
  return out;
}
