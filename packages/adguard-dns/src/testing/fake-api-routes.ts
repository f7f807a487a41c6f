// The fake's API routes: devices, DNS server profiles, account limits and the query log.
import type { ServerResponse } from "node:http";
import type { components } from "../generated/index.js";
import type { FakeContext } from "./fake-context.js";
import {
  decodeListCursor,
  decodeLogCursor,
  encodeListCursor,
  encodeLogCursor,
  listStart,
  logStart,
} from "./fake-cursors.js";
import { mobileConfigFor } from "./fake-fixtures.js";
import { type FakeRequest, parseJson, sendEmpty, sendJson, validationError } from "./fake-http.js";
import type { Stored } from "./fake-resources.js";

type Schemas = components["schemas"];
type Handler = (
  ctx: FakeContext,
  request: FakeRequest,
  response: ServerResponse,
  id: string,
) => void;

const deviceTypes = new Set([
  "WINDOWS",
  "ANDROID",
  "MAC",
  "IOS",
  "LINUX",
  "ROUTER",
  "SMART_TV",
  "GAME_CONSOLE",
  "UNKNOWN",
]);

/** Route table: method, path pattern (one captured id at most) and handler. */
const routes: { method: string; pattern: RegExp; handler: Handler }[] = [
  { method: "GET", pattern: /^\/oapi\/v1\/account\/limits$/, handler: getLimits },
  { method: "GET", pattern: /^\/oapi\/v1\/devices$/, handler: listDevicesV1 },
  { method: "POST", pattern: /^\/oapi\/v1\/devices$/, handler: createDevice },
  { method: "GET", pattern: /^\/oapi\/v1\/devices\/([^/]+)$/, handler: getDevice },
  { method: "PUT", pattern: /^\/oapi\/v1\/devices\/([^/]+)$/, handler: updateDevice },
  { method: "DELETE", pattern: /^\/oapi\/v1\/devices\/([^/]+)$/, handler: removeDevice },
  {
    method: "GET",
    pattern: /^\/oapi\/v1\/devices\/([^/]+)\/doh\.mobileconfig$/,
    handler: mobileConfig("HTTPS"),
  },
  {
    method: "GET",
    pattern: /^\/oapi\/v1\/devices\/([^/]+)\/dot\.mobileconfig$/,
    handler: mobileConfig("TLS"),
  },
  { method: "GET", pattern: /^\/oapi\/v1\/dns_servers$/, handler: listDnsServersV1 },
  { method: "POST", pattern: /^\/oapi\/v1\/dns_servers$/, handler: createDnsServer },
  { method: "GET", pattern: /^\/oapi\/v1\/dns_servers\/([^/]+)$/, handler: getDnsServer },
  { method: "PUT", pattern: /^\/oapi\/v1\/dns_servers\/([^/]+)$/, handler: updateDnsServer },
  { method: "DELETE", pattern: /^\/oapi\/v1\/dns_servers\/([^/]+)$/, handler: removeDnsServer },
  {
    method: "GET",
    pattern: /^\/oapi\/v1\/dns_servers\/([^/]+)\/settings$/,
    handler: getDnsServerSettings,
  },
  {
    method: "PUT",
    pattern: /^\/oapi\/v1\/dns_servers\/([^/]+)\/settings$/,
    handler: updateDnsServerSettings,
  },
  { method: "GET", pattern: /^\/oapi\/v1\/query_log$/, handler: getQueryLog },
  { method: "DELETE", pattern: /^\/oapi\/v1\/query_log$/, handler: clearQueryLog },
  { method: "GET", pattern: /^\/oapi\/v2\/devices$/, handler: listDevicesV2 },
  { method: "GET", pattern: /^\/oapi\/v2\/dns_servers$/, handler: listDnsServersV2 },
];

/** Finds the handler for a request; undefined for an unknown route. */
export function matchApiRoute(
  method: string,
  path: string,
): ((ctx: FakeContext, req: FakeRequest, res: ServerResponse) => void) | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match)
      return (ctx, req, res) => route.handler(ctx, req, res, decodeURIComponent(match[1] ?? ""));
  }
  return undefined;
}

/** True when `path` is served by some route with another method (answered 405). */
export function isKnownApiPath(path: string): boolean {
  return routes.some((route) => route.pattern.test(path));
}

function getLimits(ctx: FakeContext, _req: FakeRequest, res: ServerResponse) {
  sendJson(res, 200, ctx.resources.accountLimits());
}

function listDevicesV1(ctx: FakeContext, _req: FakeRequest, res: ServerResponse) {
  sendJson(
    res,
    200,
    ctx.resources.deviceRows().map((row) => row.value),
  );
}

function createDevice(ctx: FakeContext, req: FakeRequest, res: ServerResponse) {
  const body = objectBody(req);
  const problems: { field: string; error_code: string }[] = [];
  if (!validName(body.name)) problems.push(fieldProblem("name", body.name));
  if (typeof body.device_type !== "string" || !deviceTypes.has(body.device_type)) {
    problems.push(fieldProblem("device_type", body.device_type));
  }
  if (typeof body.dns_server_id !== "string" || !ctx.resources.dnsServer(body.dns_server_id)) {
    problems.push(fieldProblem("dns_server_id", body.dns_server_id));
  }
  if (problems.length > 0) return sendJson(res, 400, validationError(problems));
  if (ctx.resources.deviceRows().length >= ctx.resources.limits.devices) return sendEmpty(res, 429);
  sendJson(res, 200, ctx.resources.addDevice(body as Schemas["DeviceCreate"]));
}

function getDevice(ctx: FakeContext, _req: FakeRequest, res: ServerResponse, id: string) {
  const device = ctx.resources.device(id);
  if (!device) return sendEmpty(res, 404);
  sendJson(res, 200, device);
}

function updateDevice(ctx: FakeContext, req: FakeRequest, res: ServerResponse, id: string) {
  if (!ctx.resources.device(id)) return sendEmpty(res, 404);
  const body = objectBody(req);
  const problems: { field: string; error_code: string }[] = [];
  if (body.name !== undefined && !validName(body.name))
    problems.push(fieldProblem("name", body.name));
  if (body.device_type !== undefined && !deviceTypes.has(String(body.device_type))) {
    problems.push(fieldProblem("device_type", body.device_type));
  }
  if (body.dns_server_id !== undefined && !ctx.resources.dnsServer(String(body.dns_server_id))) {
    problems.push(fieldProblem("dns_server_id", body.dns_server_id));
  }
  if (problems.length > 0) return sendJson(res, 400, validationError(problems));
  ctx.resources.updateDevice(id, body as Schemas["DeviceUpdate"]);
  sendEmpty(res, 200);
}

function removeDevice(ctx: FakeContext, _req: FakeRequest, res: ServerResponse, id: string) {
  sendEmpty(res, ctx.resources.removeDevice(id) ? 200 : 404);
}

function mobileConfig(protocol: "HTTPS" | "TLS"): Handler {
  return (ctx, _req, res, id) => {
    const device = ctx.resources.device(id);
    if (!device) return sendEmpty(res, 404);
    res.writeHead(200, { "content-type": "application/x-apple-aspen-config" });
    res.end(mobileConfigFor(device, protocol));
  };
}

function listDnsServersV1(ctx: FakeContext, _req: FakeRequest, res: ServerResponse) {
  sendJson(
    res,
    200,
    ctx.resources.dnsServerRows().map((row) => row.value),
  );
}

function createDnsServer(ctx: FakeContext, req: FakeRequest, res: ServerResponse) {
  const body = objectBody(req);
  if (!validName(body.name))
    return sendJson(res, 400, validationError([fieldProblem("name", body.name)]));
  if (ctx.resources.dnsServerRows().length >= ctx.resources.limits.dns_servers)
    return sendEmpty(res, 429);
  sendJson(res, 200, ctx.resources.addDnsServer(body as Schemas["DNSServerCreate"]));
}

function getDnsServer(ctx: FakeContext, _req: FakeRequest, res: ServerResponse, id: string) {
  const server = ctx.resources.dnsServer(id);
  if (!server) return sendEmpty(res, 404);
  sendJson(res, 200, server);
}

function updateDnsServer(ctx: FakeContext, req: FakeRequest, res: ServerResponse, id: string) {
  if (!ctx.resources.dnsServer(id)) return sendEmpty(res, 404);
  const body = objectBody(req);
  if (body.name !== undefined && !validName(body.name)) {
    return sendJson(res, 400, validationError([fieldProblem("name", body.name)]));
  }
  ctx.resources.updateDnsServer(id, body as Schemas["DNSServerUpdate"]);
  sendEmpty(res, 200);
}

function removeDnsServer(ctx: FakeContext, _req: FakeRequest, res: ServerResponse, id: string) {
  sendEmpty(res, ctx.resources.removeDnsServer(id) ? 200 : 404);
}

function getDnsServerSettings(
  ctx: FakeContext,
  _req: FakeRequest,
  res: ServerResponse,
  id: string,
) {
  const server = ctx.resources.dnsServer(id);
  if (!server) return sendEmpty(res, 404);
  sendJson(res, 200, server.settings);
}

function updateDnsServerSettings(
  ctx: FakeContext,
  req: FakeRequest,
  res: ServerResponse,
  id: string,
) {
  if (!ctx.resources.dnsServer(id)) return sendEmpty(res, 404);
  const body = objectBody(req);
  const ttl = body.block_ttl_seconds;
  if (
    ttl !== undefined &&
    !(Number.isInteger(ttl) && (ttl as number) >= 0 && (ttl as number) <= 3600)
  ) {
    return sendJson(res, 400, validationError([fieldProblem("block_ttl_seconds", ttl)]));
  }
  ctx.resources.updateDnsServerSettings(id, body as Schemas["DNSServerSettingsUpdate"]);
  sendEmpty(res, 200);
}

function listDevicesV2(ctx: FakeContext, req: FakeRequest, res: ServerResponse) {
  const query = req.url.searchParams;
  const servers = new Set(query.getAll("dns_servers"));
  const ids = new Set(query.getAll("devices"));
  const search = (query.get("search") ?? "").toLowerCase();
  const rows = ctx.resources
    .deviceRows()
    .filter(
      ({ value }) =>
        (servers.size === 0 || servers.has(value.dns_server_id)) &&
        (ids.size === 0 || ids.has(value.id)) &&
        (search === "" || value.name.toLowerCase().includes(search) || value.id.includes(search)),
    );
  sendCursorPage(res, query, rows, filterKey(query, ["dns_servers", "devices", "search"]));
}

function listDnsServersV2(ctx: FakeContext, req: FakeRequest, res: ServerResponse) {
  const query = req.url.searchParams;
  const ids = new Set(query.getAll("dns_servers"));
  const search = (query.get("search") ?? "").toLowerCase();
  const rows = ctx.resources
    .dnsServerRows()
    .filter(
      ({ value }) =>
        (ids.size === 0 || ids.has(value.id)) &&
        (search === "" || value.name.toLowerCase().includes(search) || value.id.includes(search)),
    );
  sendCursorPage(res, query, rows, filterKey(query, ["dns_servers", "search"]));
}

// One v2 page: `limit` rows from the cursor's position, with next/prev navigation cursors.
function sendCursorPage<T>(
  res: ServerResponse,
  query: URLSearchParams,
  rows: Stored<T>[],
  filters: string,
) {
  const cursorText = query.get("cursor");
  const cursor = cursorText === null ? undefined : decodeListCursor(cursorText);
  if (cursorText !== null && (!cursor || cursor.filters !== filters)) {
    return sendJson(
      res,
      400,
      validationError([{ field: "cursor", error_code: "FIELD_WRONG_VALUE" }]),
    );
  }
  const limit = cursor?.limit ?? readLimit(query.get("limit"), 10);
  if (limit === undefined) {
    return sendJson(
      res,
      400,
      validationError([{ field: "limit", error_code: "FIELD_WRONG_VALUE" }]),
    );
  }
  const page = cursor?.page ?? 1;
  const start = cursor ? listStart(rows, cursor.seq) : 0;
  const items = rows.slice(start, start + limit).map((row) => row.value);
  const navigation: Schemas["Navigation"] = {};
  const nextRow = rows[start + limit];
  if (nextRow) {
    const next = { page: page + 1, seq: nextRow.seq, limit, filters };
    navigation.next = { page_cursor: encodeListCursor(next), page_number: page + 1 };
  }
  const prevRow = page > 1 ? rows[Math.max(0, start - limit)] : undefined;
  if (prevRow) {
    const prev = { page: page - 1, seq: prevRow.seq, limit, filters };
    navigation.prev = { page_cursor: encodeListCursor(prev), page_number: page - 1 };
  }
  sendJson(res, 200, { items, navigation });
}

function getQueryLog(ctx: FakeContext, req: FakeRequest, res: ServerResponse) {
  const query = req.url.searchParams;
  const from = integer(query.get("time_from_millis"));
  const to = integer(query.get("time_to_millis"));
  const problems: { field: string; error_code: string }[] = [];
  if (from === undefined)
    problems.push({ field: "time_from_millis", error_code: "FIELD_REQUIRED" });
  if (to === undefined) problems.push({ field: "time_to_millis", error_code: "FIELD_REQUIRED" });
  const cursorText = query.get("cursor");
  const cursor = cursorText === null ? undefined : decodeLogCursor(cursorText);
  if (cursorText !== null && !cursor)
    problems.push({ field: "cursor", error_code: "FIELD_WRONG_VALUE" });
  const limit = cursor?.limit ?? readLimit(query.get("limit"), 20);
  if (limit === undefined) problems.push({ field: "limit", error_code: "FIELD_WRONG_VALUE" });
  if (problems.length > 0 || from === undefined || to === undefined || limit === undefined) {
    return sendJson(res, 400, validationError(problems));
  }
  const sets = Object.fromEntries(
    ["devices", "dns_servers", "countries", "companies", "statuses", "categories"].map((name) => [
      name,
      new Set(query.getAll(name)),
    ]),
  ) as Record<string, Set<string>>;
  const allows = (name: string, value: string | undefined) =>
    sets[name]!.size === 0 || (value !== undefined && sets[name]!.has(value));
  const search = (query.get("search") ?? "").toLowerCase();
  const rows = ctx.resources.queryLogRows().filter(({ value }) => {
    return (
      value.time_millis >= from &&
      value.time_millis <= to &&
      allows("devices", value.device_id) &&
      allows("dns_servers", value.dns_server_id) &&
      allows("countries", value.client_country) &&
      allows("companies", value.company_id) &&
      allows("statuses", value.filtering_info.filtering_status) &&
      allows("categories", value.category_type) &&
      (search === "" || value.domain.includes(search))
    );
  });
  const page = cursor?.page ?? 1;
  const start = cursor ? logStart(rows, cursor) : 0;
  const items = rows.slice(start, start + limit).map((row) => row.value);
  const pageAt = (index: number, number: number, current: boolean): Schemas["Page"] | undefined => {
    const row = rows[index];
    if (!row) return undefined;
    const text = encodeLogCursor({
      time: row.value.time_millis,
      page: number,
      limit,
      seq: row.seq,
    });
    return { current, page_cursor: text, page_number: number };
  };
  const pages = [
    page > 1 ? pageAt(Math.max(0, start - limit), page - 1, false) : undefined,
    pageAt(start, page, true),
    pageAt(start + limit, page + 1, false),
  ].filter((entry): entry is Schemas["Page"] => entry !== undefined);
  sendJson(res, 200, { items, pages });
}

function clearQueryLog(ctx: FakeContext, _req: FakeRequest, res: ServerResponse) {
  ctx.resources.clearQueryLog();
  sendEmpty(res, 202);
}

// Request body as an object (an empty object for a missing or non-object body).
function objectBody(req: FakeRequest): Record<string, unknown> {
  const value = parseJson(req.body);
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function validName(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= 64;
}

function fieldProblem(field: string, value: unknown) {
  return { field, error_code: value === undefined ? "FIELD_REQUIRED" : "FIELD_WRONG_VALUE" };
}

function integer(text: string | null): number | undefined {
  return text !== null && /^-?\d+$/.test(text) ? Number(text) : undefined;
}

// `limit` must be 1..1000; absent means the default.
function readLimit(text: string | null, fallback: number): number | undefined {
  if (text === null) return fallback;
  const value = integer(text);
  return value !== undefined && value >= 1 && value <= 1000 ? value : undefined;
}

// The filters of a list request in a stable form, so a cursor can insist they are repeated.
function filterKey(query: URLSearchParams, names: string[]): string {
  return JSON.stringify(names.map((name) => [...query.getAll(name)].sort()));
}
