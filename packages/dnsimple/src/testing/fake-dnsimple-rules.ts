// What DNSimple does beyond its resource models: accounts own everything, whoami, activation, unique domains, system records.
import type { KitContext, KitHandler, KitItem, KitReply } from "@provider-clients/auth/testing";
import { operations } from "../generated/operations.js";

const domainName =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

const data = (value: unknown, status = 200): KitReply => ({ status, body: { data: value } });

/** Who the token acts for: an account (subject: its id), or a user (subject `user:<id>`). */
function caller(ctx: KitContext): { account?: KitItem; user?: KitItem } {
  const subject = ctx.subject ?? "";
  if (subject.startsWith("user:")) return { user: ctx.resources.get("users", subject.slice(5)) };
  // A static token given in the options acts for the first account.
  const id = subject === "bearer-token" ? ctx.resources.list("accounts")[0]?.id : subject;
  return { account: ctx.resources.get("accounts", id) };
}

/** Everything below `/{account}` is the caller's account's, and the domain, zone or record a path names must exist. */
const owned: KitHandler = (ctx) => {
  const { params, specPath = "" } = ctx.request;
  const { account, user } = caller(ctx);
  // The fake keeps no memberships: a user token reaches every account.
  const reaches = user ? ctx.resources.get("accounts", params.account) : account;
  const mine = (item?: KitItem) => String(item?.account_id) === String(params.account);
  const under = (prefix: string) => specPath.startsWith(`/{account}/${prefix}`);
  const zone = ctx.resources.get("zones", params.zone);
  const missing: [string, unknown] | undefined =
    String(reaches?.id) !== String(params.account)
      ? ["Account", params.account]
      : under("domains/{domain}") && !mine(ctx.resources.get("domains", params.domain))
        ? ["Domain", params.domain]
        : under("zones/{zone}") && !mine(zone)
          ? ["Zone", params.zone]
          : under("zones/{zone}/records/{zonerecord}") &&
              ctx.resources.get("records", params.zonerecord)?.zone_id !== zone?.name
            ? ["Record", params.zonerecord]
            : undefined;
  return missing && ctx.fail("not-found", `${missing[0]} \`${String(missing[1])}\` not found`);
};

/** POST /{account}/domains: a real domain name, not in DNSimple yet. */
const createDomain: KitHandler = (ctx) => {
  const body = ctx.request.body as { name?: unknown };
  const name = typeof body.name === "string" ? body.name.trim().toLowerCase() : "";
  const problem = !domainName.test(name)
    ? "is not a valid domain name"
    : ctx.resources.get("domains", name)
      ? "has already been taken"
      : undefined;
  if (problem)
    return { status: 400, body: { message: "Validation failed", errors: { name: [problem] } } };
  return undefined;
};

/** DELETE /{account}/domains/{domain}: the zone and its records go too; the model removes the domain. */
const deleteDomain: KitHandler = (ctx) => {
  const domain = ctx.resources.get("domains", ctx.request.params.domain);
  const zone = ctx.resources.get("zones", domain?.name);
  if (!zone) return undefined;
  for (const record of ctx.resources.list("records", zone.name))
    ctx.resources.remove("records", record.id);
  ctx.resources.remove("zones", zone.id);
  return undefined;
};

/** PUT and DELETE /{account}/zones/{zone}/activation switch DNS service on and off. */
const activation =
  (active: boolean): KitHandler =>
  (ctx) =>
    data(ctx.resources.update("zones", ctx.request.params.zone, { active }));

/** System records (SOA, NS of a new zone) can be neither changed nor deleted. */
const notSystem =
  (verb: string): KitHandler =>
  (ctx) =>
    ctx.resources.get("records", ctx.request.params.zonerecord)?.system_record === true
      ? { status: 400, body: { message: `System records cannot be ${verb}` } }
      : undefined;

const specific: Readonly<Record<string, KitHandler>> = {
  whoami: (ctx) => {
    const { account, user } = caller(ctx);
    if (!account && !user) return ctx.fail("unauthorized", "Authentication failed");
    return data({ account: account ?? null, user: user ?? null });
  },
  listAccounts: (ctx) => {
    const { account, user } = caller(ctx);
    return data(user ? ctx.resources.list("accounts") : account ? [account] : []);
  },
  createDomain,
  deleteDomain,
  activateZoneService: activation(true),
  deactivateZoneService: activation(false),
  updateZoneRecord: notSystem("changed"),
  deleteZoneRecord: notSystem("deleted"),
};

/** Custom handlers by operationId; each falls through to the resource model, then to the spec's sample. */
export const dnsimpleRules: Readonly<Record<string, KitHandler>> = Object.fromEntries(
  Object.entries(operations).map(([operationId, { path }]) => {
    const rule = specific[operationId];
    const scoped = path.startsWith("/{account}");
    const handler: KitHandler = (ctx) => (scoped ? owned(ctx) : undefined) ?? rule?.(ctx);
    return [operationId, handler];
  }),
);
