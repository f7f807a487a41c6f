// The fake DNSimple server's in-memory world: accounts, tokens, OAuth apps and codes, domains, zones, records.
import { randomBytes } from "node:crypto";
import type { Clock } from "@provider-clients/auth";
import type {
  FakeAccount,
  FakeAuthorizationCode,
  FakeDomain,
  FakeOAuthApp,
  FakeTokenGrant,
  FakeUser,
  FakeZone,
  FakeZoneRecord,
} from "./fake-records.js";

/** Name servers the fake puts into every new zone's NS records. */
const NAME_SERVERS = [
  "ns1.dnsimple.com",
  "ns2.dnsimple.com",
  "ns3.dnsimple.com",
  "ns4.dnsimple.com",
];

/** Inspect and seed the fake server's resources from a test. */
export interface FakeDnsimpleState {
  readonly accounts: Map<number, FakeAccount>;
  readonly users: Map<number, FakeUser>;
  /** Access token -> who it acts for. Deleting an entry revokes the token. */
  readonly tokens: Map<string, FakeTokenGrant>;
  readonly apps: Map<string, FakeOAuthApp>;
  /** Outstanding authorization codes (single use: removed when presented). */
  readonly codes: Map<string, FakeAuthorizationCode>;
  readonly domains: Map<number, FakeDomain>;
  readonly zones: Map<number, FakeZone>;
  readonly records: Map<number, FakeZoneRecord>;
  /** The account the simulated user picks on the authorize page when the URL names none. */
  consentAccountId: number;
  /** What the simulated user answers on the authorize page. */
  consent: "approve" | "deny";
  /** Creates an account (on `teams-v1-monthly` unless `plan` says otherwise). */
  addAccount(email: string, plan?: string): FakeAccount;
  /** Creates a user. */
  addUser(email: string): FakeUser;
  /** Issues an API access token for an account (or a user, whose whoami shows the user). */
  issueToken(grant: FakeTokenGrant): string;
  /** Registers an OAuth application. */
  addApp(app: FakeOAuthApp): FakeOAuthApp;
  /** Creates a hosted domain with its zone (SOA and NS system records), as the API does. */
  addDomain(accountId: number, name: string): FakeDomain;
  /** Deletes a domain with its zone and records. */
  removeDomain(domain: FakeDomain): void;
  /** An account's domain by name or id. */
  findDomain(accountId: number, nameOrId: string): FakeDomain | undefined;
  /** An account's zone by name. */
  findZone(accountId: number, name: string): FakeZone | undefined;
  /** Adds a record to `zone` (`system` marks SOA/NS records the API manages). */
  addRecord(zone: FakeZone, fields: RecordFields, system?: boolean): FakeZoneRecord;
  /** A record of `zone` by id. */
  findRecord(zone: FakeZone, id: number): FakeZoneRecord | undefined;
  /** Every record of `zone`. */
  recordsOf(zone: FakeZone): FakeZoneRecord[];
  /** The current time in the API's timestamp format. */
  timestamp(): string;
}

/** The writable fields of a zone record. */
export interface RecordFields {
  name: string;
  type: string;
  content: string;
  ttl?: number | undefined;
  priority?: number | null | undefined;
  regions?: string[] | undefined;
}

/** Creates an empty world whose timestamps come from `clock`. */
export function createFakeState(clock: Pick<Clock, "now">): FakeDnsimpleState {
  let nextId = 1;
  const id = () => nextId++;
  const timestamp = () => new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const state: FakeDnsimpleState = {
    accounts: new Map(),
    users: new Map(),
    tokens: new Map(),
    apps: new Map(),
    codes: new Map(),
    domains: new Map(),
    zones: new Map(),
    records: new Map(),
    consentAccountId: 0,
    consent: "approve",
    timestamp,
    addAccount(email, plan = "teams-v1-monthly") {
      const now = timestamp();
      const account = { id: id(), email, plan_identifier: plan, created_at: now, updated_at: now };
      state.accounts.set(account.id, account);
      if (state.consentAccountId === 0) state.consentAccountId = account.id;
      return account;
    },
    addUser(email) {
      const now = timestamp();
      const user = { id: id(), email, created_at: now, updated_at: now };
      state.users.set(user.id, user);
      return user;
    },
    issueToken(grant) {
      const token = `dnsimple_fake_${randomBytes(18).toString("base64url")}`;
      state.tokens.set(token, { ...grant });
      return token;
    },
    addApp(app) {
      state.apps.set(app.clientId, { ...app });
      return app;
    },
    addDomain(accountId, name) {
      const now = timestamp();
      const domain: FakeDomain = {
        id: id(),
        account_id: accountId,
        registrant_id: null,
        name,
        unicode_name: name,
        state: "hosted",
        auto_renew: false,
        private_whois: false,
        expires_at: null,
        trustee: false,
        created_at: now,
        updated_at: now,
      };
      state.domains.set(domain.id, domain);
      const zone: FakeZone = {
        id: id(),
        account_id: accountId,
        name,
        reverse: name.endsWith(".arpa"),
        secondary: false,
        last_transferred_at: null,
        active: true,
        created_at: now,
        updated_at: now,
      };
      state.zones.set(zone.id, zone);
      const serial = Math.floor(clock.now() / 1000);
      const soa = `${NAME_SERVERS[0]} admin.dnsimple.com ${serial} 86400 7200 604800 300`;
      state.addRecord(zone, { name: "", type: "SOA", content: soa }, true);
      for (const server of NAME_SERVERS) {
        state.addRecord(zone, { name: "", type: "NS", content: server }, true);
      }
      return domain;
    },
    removeDomain(domain) {
      state.domains.delete(domain.id);
      const zone = state.findZone(domain.account_id, domain.name);
      if (!zone) return;
      for (const record of state.recordsOf(zone)) state.records.delete(record.id);
      state.zones.delete(zone.id);
    },
    findDomain(accountId, nameOrId) {
      for (const domain of state.domains.values()) {
        if (domain.account_id !== accountId) continue;
        if (domain.name === nameOrId.toLowerCase() || String(domain.id) === nameOrId) return domain;
      }
      return undefined;
    },
    findZone(accountId, name) {
      for (const zone of state.zones.values()) {
        if (
          zone.account_id === accountId &&
          (zone.name === name.toLowerCase() || String(zone.id) === name)
        ) {
          return zone;
        }
      }
      return undefined;
    },
    addRecord(zone, fields, system = false) {
      const now = timestamp();
      const record: FakeZoneRecord = {
        id: id(),
        zone_id: zone.name,
        parent_id: null,
        name: fields.name,
        content: fields.content,
        ttl: fields.ttl ?? 3600,
        priority: fields.priority ?? (fields.type === "MX" || fields.type === "SRV" ? 0 : null),
        type: fields.type,
        regions: fields.regions ?? ["global"],
        system_record: system,
        created_at: now,
        updated_at: now,
      };
      state.records.set(record.id, record);
      return record;
    },
    findRecord(zone, recordId) {
      const record = state.records.get(recordId);
      return record && record.zone_id === zone.name ? record : undefined;
    },
    recordsOf(zone) {
      return [...state.records.values()].filter((record) => record.zone_id === zone.name);
    },
  };
  return state;
}
