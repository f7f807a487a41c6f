// `/{account}/zones/{zone}/records`: list (paged, filtered), create, get, update (PATCH), delete.
import type { FakeZone, FakeZoneRecord } from "../fake-records.js";
import type { RecordFields } from "../fake-state.js";
import { listPage } from "../list-page.js";
import type { FakeReply, Route, RouteContext } from "../router.js";
import {
  dataReply,
  filterNameLike,
  isReply,
  jsonObject,
  messageReply,
  noContent,
  ownAccount,
  type RouteDeps,
  validationFailed,
} from "./replies.js";

const RECORD_TYPES = new Set([
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CNAME",
  "DNSKEY",
  "DS",
  "HINFO",
  "MX",
  "NAPTR",
  "NS",
  "POOL",
  "PTR",
  "SOA",
  "SPF",
  "SRV",
  "SSHFP",
  "TXT",
  "URL",
]);
const REGIONS = new Set(["global", "SV1", "ORD", "IAD", "AMS", "TKO", "SYD", "CDG", "FRA"]);

/** Zone record routes over the fake state. */
export function recordRoutes({ state }: RouteDeps): Route[] {
  const zoneOf = (context: RouteContext): FakeZone | FakeReply => {
    const account = ownAccount(context);
    if (isReply(account)) return account;
    return (
      state.findZone(account, context.params.zone ?? "") ?? messageReply(404, "Zone not found")
    );
  };
  const recordOf = (
    context: RouteContext,
  ): { zone: FakeZone; record: FakeZoneRecord } | FakeReply => {
    const zone = zoneOf(context);
    if (isReply(zone)) return zone;
    const id = Number(context.params.zonerecord);
    const record = Number.isInteger(id) ? state.findRecord(zone, id) : undefined;
    return record ? { zone, record } : messageReply(404, "Record not found");
  };
  return [
    {
      method: "GET",
      template: "/v2/{account}/zones/{zone}/records",
      authenticated: true,
      handle(context) {
        const zone = zoneOf(context);
        if (isReply(zone)) return zone;
        const { query } = context.request;
        let records = filterNameLike(state.recordsOf(zone), query);
        const name = query.get("name");
        if (name !== null) records = records.filter((r) => r.name === name);
        const type = query.get("type");
        if (type !== null) records = records.filter((r) => r.type === type.toUpperCase());
        const page = listPage(records, query, ["id", "name", "content", "type"]);
        return "error" in page ? messageReply(400, page.error) : { status: 200, body: page };
      },
    },
    {
      method: "POST",
      template: "/v2/{account}/zones/{zone}/records",
      authenticated: true,
      handle(context) {
        const zone = zoneOf(context);
        if (isReply(zone)) return zone;
        const body = jsonObject(context.request);
        if (isReply(body)) return body;
        const fields = readFields(body, true);
        if ("errors" in fields) return validationFailed(fields.errors);
        return dataReply(state.addRecord(zone, fields as RecordFields), 201);
      },
    },
    {
      method: "GET",
      template: "/v2/{account}/zones/{zone}/records/{zonerecord}",
      authenticated: true,
      handle(context) {
        const found = recordOf(context);
        return isReply(found) ? found : dataReply(found.record);
      },
    },
    {
      method: "PATCH",
      template: "/v2/{account}/zones/{zone}/records/{zonerecord}",
      authenticated: true,
      handle(context) {
        const found = recordOf(context);
        if (isReply(found)) return found;
        if (found.record.system_record)
          return messageReply(400, "System records cannot be changed");
        const body = jsonObject(context.request);
        if (isReply(body)) return body;
        const fields = readFields(body, false);
        if ("errors" in fields) return validationFailed(fields.errors);
        Object.assign(found.record, fields, { updated_at: state.timestamp() });
        return dataReply(found.record);
      },
    },
    {
      method: "DELETE",
      template: "/v2/{account}/zones/{zone}/records/{zonerecord}",
      authenticated: true,
      handle(context) {
        const found = recordOf(context);
        if (isReply(found)) return found;
        if (found.record.system_record)
          return messageReply(400, "System records cannot be deleted");
        state.records.delete(found.record.id);
        return noContent();
      },
    },
  ];
}

/** Checks the writable fields; on create, name, type and content are required. */
function readFields(
  body: Record<string, unknown>,
  creating: boolean,
): Partial<RecordFields> | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const out: Partial<RecordFields> = {};
  const fail = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  if (body.name !== undefined || creating) {
    if (typeof body.name === "string") out.name = body.name;
    else fail("name", "must be a string");
  }
  if (creating) {
    if (typeof body.type === "string" && RECORD_TYPES.has(body.type.toUpperCase())) {
      out.type = body.type.toUpperCase();
    } else fail("type", "is not a supported record type");
  }
  if (body.content !== undefined || creating) {
    if (typeof body.content === "string" && body.content.trim() !== "") out.content = body.content;
    else fail("content", "can't be blank");
  }
  if (body.ttl !== undefined) {
    if (Number.isInteger(body.ttl) && (body.ttl as number) >= 0) out.ttl = body.ttl as number;
    else fail("ttl", "must be a non-negative integer");
  }
  if (body.priority !== undefined && body.priority !== null) {
    if (Number.isInteger(body.priority) && (body.priority as number) >= 0)
      out.priority = body.priority as number;
    else fail("priority", "must be a non-negative integer");
  }
  if (body.regions !== undefined) {
    const regions = body.regions;
    if (Array.isArray(regions) && regions.every((r) => typeof r === "string" && REGIONS.has(r))) {
      out.regions = regions as string[];
    } else fail("regions", "contains an unknown region");
  }
  return Object.keys(errors).length > 0 ? { errors } : out;
}
