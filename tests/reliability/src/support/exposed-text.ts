// Everything a user could see of a thrown value: message, stack, cause chain, JSON and inspect output.
import { inspect } from "node:util";

/** All text a caller could print, log or store from `error`, following `cause` up to 10 deep. */
export function exposedText(error: unknown): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current !== undefined && current !== null; depth++) {
    texts.push(String(current));
    texts.push(inspect(current, { depth: 8, showHidden: false }));
    try {
      texts.push(JSON.stringify(current) ?? "");
    } catch {
      // A value JSON cannot serialise shows nothing through JSON.
    }
    if (current instanceof Error) {
      texts.push(current.message, current.stack ?? "");
      for (const [name, value] of Object.entries(current)) {
        texts.push(`${name}=${typeof value === "string" ? value : inspect(value, { depth: 8 })}`);
      }
      current = (current as { cause?: unknown }).cause;
    } else if (typeof current === "object") {
      current = (current as { cause?: unknown }).cause;
    } else {
      current = undefined;
    }
  }
  return texts;
}

/** The secrets (by label) that occur in any of `texts`, also URL- and base64-encoded. */
export function leakedSecrets(
  texts: readonly string[],
  secrets: ReadonlyMap<string, string>,
): string[] {
  const joined = texts.join("\n");
  const leaks: string[] = [];
  for (const [label, secret] of secrets) {
    const forms = [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")];
    if (forms.some((form) => form.length >= 6 && joined.includes(form))) leaks.push(label);
  }
  return leaks;
}
