// The reason a vendor gives in its error body, in its own words, for ApiError's message.
import { secretFreeExcerpt } from "./secret-free-excerpt.js";

const MAX_REASON = 240;

/**
 * `message` (DNSimple, AdGuard fields), `exception.message` (Dynu), `errors` as a list or a map of
 * field messages (DNSimple, Dynata), `fields` (AdGuard), OAuth's `error_description`; "empty body"
 * for an `EmptyErrorBody`; undefined for bodies that are not JSON objects (HTML pages).
 */
export function vendorReason(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (record.empty === true && typeof record.status === "number") return "empty body";
  const parts = [
    text(record.message) ?? text(nested(record.exception)) ?? text(nested(record.error)),
    text(record.error_description) ?? text(record.errorDescription) ?? text(record.detail),
    details(record.errors) ?? details(record.fields),
  ].filter((part): part is string => part !== undefined && part !== "");
  if (parts.length === 0) return undefined;
  return secretFreeExcerpt([...new Set(parts)].join(": "), MAX_REASON);
}

// `{ message }` inside an envelope field such as Dynu's `exception`.
function nested(value: unknown): unknown {
  return typeof value === "object" && value !== null
    ? (value as { message?: unknown }).message
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

// `["a", "b"]`, `[{ path, message }]`, `[{ field, error_code }]` or `{ field: ["a"] | "a" }` as one line.
function details(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map(detail).filter((item): item is string => item !== undefined);
    return items.length > 0 ? items.join("; ") : undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const items = Object.entries(value).map(([field, messages]) => {
    const list = Array.isArray(messages)
      ? messages.filter((m) => typeof m === "string")
      : [messages];
    return `${field}: ${list.filter((m) => typeof m === "string").join(", ")}`;
  });
  return items.length > 0 ? items.join("; ") : undefined;
}

function detail(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null) return undefined;
  const { path, field, message, error_code: code } = item as Record<string, unknown>;
  const what = text(message) ?? text(code);
  if (what === undefined) return undefined;
  const where = text(path) ?? text(field);
  return where ? `${where}: ${what}` : what;
}
