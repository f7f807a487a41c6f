// Cursor formats of the fake: opaque v2 navigation cursors and time-based query-log cursors.
import type { Stored } from "./fake-resources.js";

/** Where a v2 list page starts: its number, the creation seq of its first row, size and filters. */
export interface ListCursor {
  page: number;
  seq: number;
  limit: number;
  /** The filters of the first request, which later pages must repeat. */
  filters: string;
}

/** Opaque base64url text, as the API's cursors look to clients. */
export function encodeListCursor(cursor: ListCursor): string {
  return Buffer.from(
    JSON.stringify([cursor.page, cursor.seq, cursor.limit, cursor.filters]),
  ).toString("base64url");
}

/** Reads a v2 cursor; undefined when it is not one the fake made. */
export function decodeListCursor(text: string): ListCursor | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(value) || value.length !== 4) return undefined;
    const [page, seq, limit, filters] = value as unknown[];
    if (![page, seq, limit].every(Number.isInteger) || typeof filters !== "string")
      return undefined;
    return { page: page as number, seq: seq as number, limit: limit as number, filters };
  } catch {
    return undefined;
  }
}

/** A query-log page start: the time and seq of its first (newest) entry, page number and size. */
export interface LogCursor {
  time: number;
  page: number;
  limit: number;
  seq: number;
}

/** `time:page:limit:seq`, the shape of the API's query-log cursors. */
export function encodeLogCursor(cursor: LogCursor): string {
  return `${cursor.time}:${cursor.page}:${cursor.limit}:${cursor.seq}`;
}

/** Reads a query-log cursor; undefined when malformed. */
export function decodeLogCursor(text: string): LogCursor | undefined {
  const parts = text.split(":");
  if (parts.length !== 4 || !parts.every((part) => /^\d+$/.test(part))) return undefined;
  const [time, page, limit, seq] = parts.map(Number) as [number, number, number, number];
  return page >= 1 && limit >= 1 ? { time, page, limit, seq } : undefined;
}

/** Index of the first row (newest first) at or after a list cursor's position. */
export function listStart<T>(rows: readonly Stored<T>[], seq: number): number {
  const index = rows.findIndex((row) => row.seq <= seq);
  return index === -1 ? rows.length : index;
}

/** Index of the first query-log row (newest first) at or older than the cursor's entry. */
export function logStart(
  rows: readonly Stored<{ time_millis: number }>[],
  cursor: LogCursor,
): number {
  const index = rows.findIndex(
    (row) =>
      row.value.time_millis < cursor.time ||
      (row.value.time_millis === cursor.time && row.seq <= cursor.seq),
  );
  return index === -1 ? rows.length : index;
}
