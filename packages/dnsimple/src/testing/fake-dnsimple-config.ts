// DNSimple's fake as kit configuration: `{ message, errors }` errors, the JSON code flow, page/per_page lists, the hourly quota.
import { randomUUID } from "node:crypto";
import type {
  FakeProviderConfig,
  KitError,
  KitItem,
  KitReply,
  ResourceModel,
  ResourceStore,
} from "@provider-clients/auth/testing";
import { fakeSpec } from "../generated/fake-spec.js";
import { operations } from "../generated/operations.js";
import { requestValidators } from "../generated/request-validators.js";
import { responseValidators } from "../generated/validators.js";
import { dnsimpleRules } from "./fake-dnsimple-rules.js";

const basePath = "/v2";
/** The API's timestamps: ISO 8601 in UTC without fractions. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
/** Name servers the fake puts into every new zone's NS records. */
const nameServers = [1, 2, 3, 4].map((n) => `ns${n}.dnsimple.com`);

// `name_like` in every list, `sort=field:asc|desc` on the fields a list documents, and exact filters.
const narrowBy =
  (exact: readonly string[]) =>
  (items: KitItem[], query: Readonly<Record<string, unknown>>): KitItem[] => {
    const like = typeof query.name_like === "string" ? query.name_like.toLowerCase() : "";
    const kept = items.filter(
      (item) =>
        String(item.name).toLowerCase().includes(like) &&
        exact.every((f) => query[f] === undefined || String(item[f]) === String(query[f])),
    );
    const [field = "id", direction] = String(query.sort ?? "id:asc").split(":");
    const key = field === "expiration" ? "expires_at" : field;
    const sign = direction === "desc" ? -1 : 1;
    const order = (a: unknown, b: unknown) =>
      typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
    return kept.sort((a, b) => sign * order(a[key], b[key]));
  };

const paged = {
  itemAt: "data",
  listAt: "data",
  pagination: {
    style: "page",
    page: "page",
    perPage: "per_page",
    defaultPerPage: 30,
    maxPerPage: 100,
    at: {
      page: "pagination.current_page",
      perPage: "pagination.per_page",
      totalPages: "pagination.total_pages",
      totalEntries: "pagination.total_entries",
    },
  },
} as const satisfies Partial<ResourceModel>;

const inAccount = { resource: "accounts", param: "account", field: "account_id" } as const;

// Who tokens act for: kept for whoami, /accounts and the `account` every other path names.
const owner = (name: string, itemSchema: string, defaults: KitItem = {}): ResourceModel => ({
  name,
  itemSchema,
  ids: { kind: "integer", start: 1 },
  operations: {},
  defaults,
  derive: timestamps,
});

const resources: ResourceModel[] = [
  owner("accounts", "Account", { plan_identifier: "teams-v1-monthly" }),
  owner("users", "User"),
  {
    name: "domains",
    itemSchema: "Domain",
    ...paged,
    parent: inAccount,
    idParam: "domain",
    keys: ["name"],
    operations: {
      list: "listDomains",
      create: "createDomain",
      read: "getDomain",
      delete: "deleteDomain",
    },
    readOnly: ["state", "expires_at", "registrant_id"],
    defaults: {
      registrant_id: null,
      state: "hosted",
      auto_renew: false,
      private_whois: false,
      trustee: false,
    },
    narrow: narrowBy(["registrant_id"]),
    derive(domain, context) {
      domain.name = String(domain.name).toLowerCase();
      domain.unicode_name = domain.name;
      domain.expires_at = null;
      domain.expires_on = null;
      timestamps(domain, context);
      // A hosted domain comes with its zone: SOA and NS system records, as the API makes them.
      if (!context.created) return;
      const { store, now } = context;
      const zone = store.create("zones", { name: domain.name }, domain.account_id);
      const serial = Math.floor(now() / 1000);
      const soa = `${nameServers[0]} admin.dnsimple.com ${serial} 86400 7200 604800 300`;
      const system = { name: "", system_record: true };
      store.create("records", { ...system, type: "SOA", content: soa }, zone.name);
      for (const ns of nameServers)
        store.create("records", { ...system, type: "NS", content: ns }, zone.name);
    },
  },
  {
    name: "zones",
    itemSchema: "Zone",
    ...paged,
    parent: inAccount,
    idParam: "zone",
    keys: ["name"],
    operations: { list: "listZones", read: "getZone" },
    defaults: { secondary: false, last_transferred_at: null, active: true },
    narrow: narrowBy([]),
    derive(zone, context) {
      zone.reverse = String(zone.name).endsWith(".arpa");
      timestamps(zone, context);
    },
  },
  {
    name: "records",
    itemSchema: "ZoneRecord",
    ...paged,
    parent: { resource: "zones", param: "zone", field: "zone_id" },
    idParam: "zonerecord",
    operations: {
      list: "listZoneRecords",
      create: "createZoneRecord",
      read: "getZoneRecord",
      update: "updateZoneRecord",
      delete: "deleteZoneRecord",
    },
    readOnly: ["system_record", "parent_id"],
    defaults: {
      ttl: 3600,
      priority: null,
      regions: ["global"],
      system_record: false,
      parent_id: null,
    },
    narrow: narrowBy(["name", "type"]),
    derive(record, context) {
      if (record.priority === null && ["MX", "SRV"].includes(String(record.type)))
        record.priority = 0;
      timestamps(record, context);
    },
  },
];

function timestamps(item: KitItem, { now, created }: { now(): number; created: boolean }) {
  if (created) item.created_at = stamp(now());
  item.updated_at = stamp(now());
}

// DNSimple's own words for the kit's refusals, and its per-field lists for validation failures.
function errorBody(error: KitError): unknown {
  if (error.kind === "unauthorized") return { message: "Authentication failed" };
  if (error.kind === "rate-limited") return { message: "quota exceeded" };
  if (error.problems.length === 0) return { message: error.message };
  const errors: Record<string, string[]> = {};
  for (const problem of error.problems) {
    const field = problem.name.replace(/^\//, "").split("/")[0] || problem.in;
    errors[field] = [...(errors[field] ?? []), problem.message];
  }
  return { message: "Validation failed", errors };
}

/** The token endpoint's fields; DNSimple wants all of them before it looks at the client. */
const tokenFields = ["client_id", "client_secret", "code", "grant_type", "redirect_uri", "state"];

function refuse(refusal: { error: string; description: string; status: number }, body: unknown) {
  const fields = (typeof body === "object" && body !== null ? body : {}) as KitItem;
  const missing = tokenFields.filter((f) => typeof fields[f] !== "string" || fields[f] === "");
  const unreadable = missing.length > 0 || fields.grant_type !== "authorization_code";
  const reason = unreadable
    ? {
        error: "invalid_request",
        error_description: `missing or wrong: ${missing.join(", ") || "grant_type"}`,
      }
    : { error: refusal.error, error_description: refusal.description };
  return { status: unreadable ? 400 : refusal.status, body: reason } satisfies KitReply;
}

/** One fake DNSimple's own settings: its quota, what the user says on the authorize page, its store once started. */
export interface DnsimpleWorld {
  rateLimit: { limit: number; windowSeconds: number };
  consent: "approve" | "deny";
  store?: ResourceStore;
}

// The user approves for the account the URL names (default: the first one), if it exists.
function approve(world: DnsimpleWorld, accountId: unknown): string | undefined {
  const id = accountId ?? world.store?.list("accounts")[0]?.id;
  if (world.consent === "deny" || !world.store?.get("accounts", id)) return undefined;
  return String(id);
}

const requestId = () => ({ "x-request-id": randomUUID() });

/** The kit configuration of one fake DNSimple (per server: the consent and quota are its own). */
export function dnsimpleFakeConfig(
  world: DnsimpleWorld = { rateLimit: { limit: 2400, windowSeconds: 3600 }, consent: "approve" },
): FakeProviderConfig {
  return {
    provider: "dnsimple",
    basePath,
    operations,
    spec: fakeSpec,
    requestValidators,
    responseValidators,
    errors: { body: errorBody, headers: requestId },
    auth: {
      bearer: true,
      // Access tokens never expire at DNSimple; a revoked one is refused (tokens.revoke).
      policy: { accessTokenTtlSeconds: Number.POSITIVE_INFINITY, codeTtlSeconds: 600 },
      tokenEndpoints: [
        {
          method: "POST",
          path: `${basePath}/oauth/access_token`,
          grants: ["authorization_code"],
          // Tokens act for the account their subject names (see the authorize page's `approve`).
          write: (tokens) => ({
            status: 200,
            body: {
              access_token: tokens.accessToken,
              token_type: "bearer",
              scope: null,
              account_id: Number(tokens.subject),
            },
          }),
          refuse: (refusal, request) => refuse(refusal, request.body),
        },
      ],
      authorize: {
        path: "/oauth/authorize",
        responseTypes: ["code"],
        requirePkce: false,
        requireState: true,
        approve: (request) => approve(world, request.query.account_id),
      },
    },
    credentials: {
      clients: [
        {
          clientId: "fake-client-id",
          clientSecret: "fake-client-secret",
          redirectUris: ["https://app.example.test/oauth/callback"],
        },
      ],
    },
    resources,
    handlers: dnsimpleRules,
    quota: {
      ...world.rateLimit,
      headers: ({ limit, remaining, resetAt }) => ({
        "x-ratelimit-limit": String(limit),
        "x-ratelimit-remaining": String(remaining),
        "x-ratelimit-reset": String(resetAt),
      }),
    },
    // DNSimple tags every answer with a request id.
    finish: (reply) => ({ ...reply, headers: { ...requestId(), ...reply.headers } }),
    seedData: (store) => {
      world.store = store;
      store.create("accounts", { email: "owner@example.test" });
    },
  };
}
