// Builds the URL that sends the user to the provider's authorization page.

/** Authorization request parameters; lists (e.g. scope) are joined with spaces, undefined is skipped. */
export type AuthorizeParams = Record<string, string | readonly string[] | undefined>;

/**
 * Adds `params` to `base` (keeping any query it already has), e.g.
 * `{ response_type: "code", client_id, redirect_uri, scope: ["read"], state, code_challenge,
 * code_challenge_method: "S256" }`.
 */
export function buildAuthorizeUrl(base: string | URL, params: AuthorizeParams): string {
  const url = new URL(String(base));
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    url.searchParams.set(name, typeof value === "string" ? value : value.join(" "));
  }
  return url.toString();
}
