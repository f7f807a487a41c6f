// The fake server's memory: domains, records, issued tokens and what was asked of it.
import { type FakeDnsRecord, recordContent } from "./fake-records.js";

/** A DNS domain as the fake server stores and answers it. */
export interface FakeDomain {
  id: number;
  name: string;
  unicodeName: string;
  state: string;
  group: string;
  ipv4Address: string;
  ipv6Address: string;
  ttl: number;
  ipv4: boolean;
  ipv6: boolean;
  ipv4WildcardAlias: boolean;
  ipv6WildcardAlias: boolean;
  allowZoneTransfer: boolean;
  dnssec: boolean;
  createdOn: string;
  updatedOn: string;
}

/** An access token the fake token endpoint issued. */
export interface FakeIssuedToken {
  clientId: string;
  issuedAt: number;
  expiresAt: number;
  revoked: boolean;
}

/** Which credential an API request carried, as the fake server saw it. */
export type FakeCredentialKind = "apiKey" | "bearer" | "none";

/** One API request the fake server answered (secrets are not kept). */
export interface FakeRequestRecord {
  method: string;
  /** The request path below the API root, e.g. `/dns/100001`. */
  path: string;
  credential: FakeCredentialKind;
  status: number;
}

// Fields a client may set on a domain; the rest are the server's.
const domainWritable = [
  "name",
  "group",
  "ipv4Address",
  "ipv6Address",
  "ttl",
  "ipv4",
  "ipv6",
  "ipv4WildcardAlias",
  "ipv6WildcardAlias",
  "allowZoneTransfer",
  "dnssec",
] as const;

// Fields a client may set on any record; type-specific fields are copied as given.
const recordReadOnly = new Set([
  "id",
  "domainId",
  "domainName",
  "hostname",
  "content",
  "updatedOn",
]);

/** Stateful in-memory Dynu: inspect it from tests, or seed it before a run. */
export class FakeDynuState {
  readonly domains = new Map<number, FakeDomain>();
  readonly records = new Map<number, FakeDnsRecord>();
  readonly tokens = new Map<string, FakeIssuedToken>();
  /** Every API request answered, in order. */
  readonly requests: FakeRequestRecord[] = [];
  /** Token endpoint hits, successful or not. */
  tokenRequests = 0;
  /** Access tokens handed out. */
  tokensIssued = 0;
  private nextId = 100_001;

  constructor(private readonly now: () => number) {}

  /** Adds a domain (defaults for every field but `name`) and returns it. */
  seedDomain(fields: Partial<FakeDomain> & { name: string }): FakeDomain {
    const stamp = this.timestamp();
    const domain: FakeDomain = {
      id: this.newId(),
      unicodeName: fields.name,
      state: "Complete",
      group: "",
      ipv4Address: "",
      ipv6Address: "",
      ttl: 90,
      ipv4: true,
      ipv6: false,
      ipv4WildcardAlias: false,
      ipv6WildcardAlias: false,
      allowZoneTransfer: false,
      dnssec: false,
      createdOn: stamp,
      updatedOn: stamp,
      ...fields,
    };
    this.domains.set(domain.id, domain);
    return domain;
  }

  /** Applies the writable fields of `changes` to a domain; undefined when it does not exist. */
  updateDomain(id: number, changes: Record<string, unknown>): FakeDomain | undefined {
    const domain = this.domains.get(id);
    if (!domain) return undefined;
    const writable = pick(changes, domainWritable) as Partial<FakeDomain>;
    Object.assign(domain, writable, { updatedOn: this.timestamp() });
    if (writable.name !== undefined) domain.unicodeName = writable.name;
    return domain;
  }

  /** Removes a domain and its records; false when it did not exist. */
  deleteDomain(id: number): boolean {
    for (const [recordId, record] of this.records) {
      if (record.domainId === id) this.records.delete(recordId);
    }
    return this.domains.delete(id);
  }

  /** Adds a record under a domain; undefined when the domain does not exist. */
  seedRecord(
    domainId: number,
    fields: { nodeName?: string; recordType: string; [field: string]: unknown },
  ): FakeDnsRecord | undefined {
    const domain = this.domains.get(domainId);
    if (!domain) return undefined;
    const nodeName = typeof fields.nodeName === "string" ? fields.nodeName : "";
    const record: FakeDnsRecord = {
      ...withoutReadOnly(fields),
      id: this.newId(),
      domainId,
      domainName: domain.name,
      nodeName,
      hostname: nodeName ? `${nodeName}.${domain.name}` : domain.name,
      recordType: fields.recordType,
      ttl: typeof fields.ttl === "number" ? fields.ttl : 300,
      state: typeof fields.state === "boolean" ? fields.state : true,
      content: "",
      updatedOn: this.timestamp(),
    };
    record.content = recordContent(record);
    this.records.set(record.id, record);
    return record;
  }

  /** The records of one domain, in creation order. */
  recordsOf(domainId: number): FakeDnsRecord[] {
    return [...this.records.values()].filter((record) => record.domainId === domainId);
  }

  /** Applies `changes` to a record of `domainId`; undefined when either does not exist. */
  updateRecord(
    domainId: number,
    recordId: number,
    changes: Record<string, unknown>,
  ): FakeDnsRecord | undefined {
    const record = this.records.get(recordId);
    const domain = this.domains.get(domainId);
    if (!record || !domain || record.domainId !== domainId) return undefined;
    Object.assign(record, withoutReadOnly(changes), { updatedOn: this.timestamp() });
    record.hostname = record.nodeName ? `${record.nodeName}.${domain.name}` : domain.name;
    record.content = recordContent(record);
    return record;
  }

  /** Removes a record of `domainId`; false when it did not exist there. */
  deleteRecord(domainId: number, recordId: number): boolean {
    const record = this.records.get(recordId);
    if (!record || record.domainId !== domainId) return false;
    return this.records.delete(recordId);
  }

  /** Records a newly issued access token. */
  issueToken(accessToken: string, clientId: string, lifetimeSeconds: number): FakeIssuedToken {
    const issuedAt = this.now();
    const token = {
      clientId,
      issuedAt,
      expiresAt: issuedAt + lifetimeSeconds * 1000,
      revoked: false,
    };
    this.tokens.set(accessToken, token);
    this.tokensIssued += 1;
    return token;
  }

  /** Whether a bearer token was issued here, is not revoked and has not expired on the clock. */
  isTokenValid(accessToken: string): boolean {
    const token = this.tokens.get(accessToken);
    return token !== undefined && !token.revoked && this.now() < token.expiresAt;
  }

  /** Makes every issued token fail from now on (e.g. to provoke a 401 mid-session). */
  revokeAllTokens(): void {
    for (const token of this.tokens.values()) token.revoked = true;
  }

  private newId(): number {
    const id = this.nextId;
    this.nextId += 1;
    return id;
  }

  private timestamp(): string {
    return new Date(this.now()).toISOString();
  }
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function withoutReadOnly(source: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (!recordReadOnly.has(key) && value !== undefined) out[key] = value;
  }
  return out;
}
