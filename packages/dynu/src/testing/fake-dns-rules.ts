// What Dynu checks beyond its spec: domain names, duplicate domains, and record types that never change.
import type { KitContext, KitHandler } from "@provider-clients/auth/testing";

const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const fields = (ctx: KitContext) => (ctx.request.body ?? {}) as Record<string, unknown>;

/** POST /dns: a domain needs a real domain name that is not taken yet. */
const createDomain: KitHandler = (ctx) => {
  const name = fields(ctx).name;
  if (typeof name !== "string" || !hostname.test(name)) {
    return ctx.fail("invalid-request", "name must be a domain name such as example.com.");
  }
  if (ctx.resources.list("domains").some((d) => d.name === name.toLowerCase())) {
    return ctx.fail("invalid-request", "The domain already exists.");
  }
  return undefined;
};

/** POST /dns/{id}: a new name must be a domain name too. */
const updateDomain: KitHandler = (ctx) => {
  const name = fields(ctx).name;
  if (name !== undefined && (typeof name !== "string" || !hostname.test(name))) {
    return ctx.fail("invalid-request", "name must be a domain name such as example.com.");
  }
  return undefined;
};

/** POST /dns/{id}/record: the type is required (the spec leaves it optional). */
const createRecord: KitHandler = (ctx) =>
  typeof fields(ctx).recordType === "string"
    ? undefined
    : ctx.fail("invalid-request", "recordType is required.");

/** POST /dns/{id}/record/{dnsRecordId}: a record keeps its type. */
const updateRecord: KitHandler = (ctx) => {
  const { recordType } = fields(ctx);
  const existing = ctx.resources.get("records", ctx.request.params.dnsRecordId);
  if (existing && recordType !== undefined && recordType !== existing.recordType) {
    return ctx.fail("invalid-request", "The record type cannot be changed.");
  }
  return undefined;
};

/** Custom handlers by operationId; each falls through to the resource model when the request is fine. */
export const dnsRules: Readonly<Record<string, KitHandler>> = {
  dnsPost: createDomain,
  dnsIdPost: updateDomain,
  dnsIdRecordPost: createRecord,
  dnsIdRecordDnsRecordIdPost: updateRecord,
};
