// A short, single-line excerpt of vendor text that is safe to put in an error message.

// Long runs of token characters with both letters and digits look like keys or tokens.
const TOKEN_LIKE = /[A-Za-z0-9_\-+/=]{20,}/g;

/** At most `max` characters of `text` on one line, token-like runs replaced by `***`. */
export function secretFreeExcerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  const masked = line.replace(TOKEN_LIKE, (run) =>
    /[0-9]/.test(run) && /[A-Za-z]/.test(run) ? "***" : run,
  );
  return masked.length > max ? `${masked.slice(0, max - 1)}…` : masked;
}
