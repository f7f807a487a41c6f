// The header a managed token goes out in unless the adapter says otherwise.
import type { TokenSet } from "../types.js";

/** `Authorization: Bearer <token>`; a lower-case `bearer` token type is normalised. */
export function defaultHeader(tokens: TokenSet): readonly [string, string] {
  const type =
    /^bearer$/i.test(tokens.tokenType) || tokens.tokenType === "" ? "Bearer" : tokens.tokenType;
  return ["Authorization", `${type} ${tokens.accessToken}`];
}
