// Reads a node:http request into the kit's KitRequest: path, query, lower-case headers, body text and its parsed form.
import type { IncomingMessage } from "node:http";
import { readRequestBody } from "../test-server.js";
import type { KitRequest } from "./request-types.js";

/** The raw parts of a request before routing. */
export interface RawRequest {
  method: string;
  path: string;
  searchParams: URLSearchParams;
  headers: Record<string, string | undefined>;
  text: string;
  contentType: string | undefined;
}

/** Reads method, path, query, headers and the whole body. */
export async function readRawRequest(request: IncomingMessage): Promise<RawRequest> {
  const url = new URL(request.url ?? "/", "http://fake");
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  const type = headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  return {
    method: (request.method ?? "GET").toUpperCase(),
    path: url.pathname,
    searchParams: url.searchParams,
    headers,
    text: await readRequestBody(request),
    contentType: type === "" ? undefined : type,
  };
}

/** The query as an object: one value as a string, repeated ones as an array. */
export function queryObject(searchParams: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/** The body parsed by its content type: JSON, a form as an object, or undefined (empty, unparseable, other). */
export function parseBody(raw: RawRequest): { body: unknown; parseError: boolean } {
  if (raw.text.trim() === "") return { body: undefined, parseError: false };
  if (raw.contentType === "application/x-www-form-urlencoded") {
    return { body: queryObject(new URLSearchParams(raw.text)), parseError: false };
  }
  if (raw.contentType === undefined || /[/+]json$/.test(raw.contentType)) {
    try {
      return { body: JSON.parse(raw.text) as unknown, parseError: false };
    } catch {
      return { body: undefined, parseError: raw.contentType !== undefined };
    }
  }
  return { body: undefined, parseError: false };
}

/** A KitRequest for routes outside the spec (token endpoints, extra routes): nothing coerced. */
export function plainKitRequest(raw: RawRequest): KitRequest {
  const { body } = parseBody(raw);
  return {
    method: raw.method,
    path: raw.path,
    params: {},
    query: queryObject(raw.searchParams),
    headers: raw.headers,
    text: raw.text,
    body,
    ...(raw.contentType === undefined ? {} : { contentType: raw.contentType }),
  };
}
