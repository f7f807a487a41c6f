// The fake DNS resources: domains under /dns and their records under /dns/{id}/record.
import { fakeRecordFields } from "./fake-records.js";
import type { DynuExceptionType } from "./fake-responses.js";
import type { FakeDynuState } from "./fake-state.js";

/** A handler's answer: a status and a JSON body (success envelope or Dynu error). */
export type FakeAnswer =
  | { status: 200; body: Record<string, unknown> }
  | { status: number; error: DynuExceptionType; message: string };

/** What each DNS handler receives. */
export interface DnsRequest {
  state: FakeDynuState;
  params: Record<string, number>;
  /** The parsed JSON body (POST only); undefined when absent. */
  body: unknown;
}

const ok = (body: Record<string, unknown> = {}): FakeAnswer => ({
  status: 200,
  body: { statusCode: 200, ...body },
});
const fail = (status: number, error: DynuExceptionType, message: string): FakeAnswer => ({
  status,
  error,
  message,
});
const missingDomain = () => fail(404, "Request Exception", "Domain not found.");
const missingRecord = () => fail(404, "Request Exception", "DNS record not found.");

/** GET /dns */
export function listDomains({ state }: DnsRequest): FakeAnswer {
  return ok({ domains: [...state.domains.values()] });
}

/** POST /dns */
export function createDomain({ state, body }: DnsRequest): FakeAnswer {
  const input = asObject(body);
  if (!input) return fail(501, "Argument Exception", "A domain object is required.");
  const problem = checkDomainFields(input, true);
  if (problem) return fail(501, "Argument Exception", problem);
  const name = String(input.name).toLowerCase();
  if ([...state.domains.values()].some((d) => d.name === name)) {
    return fail(501, "Argument Exception", "The domain already exists.");
  }
  const domain = state.seedDomain({ name });
  return ok({ ...state.updateDomain(domain.id, { ...input, name }) });
}

/** GET /dns/{id} */
export function getDomain({ state, params }: DnsRequest): FakeAnswer {
  const domain = state.domains.get(params.id!);
  return domain ? ok({ ...domain }) : missingDomain();
}

/** POST /dns/{id} */
export function updateDomain({ state, params, body }: DnsRequest): FakeAnswer {
  const input = asObject(body);
  if (!input) return fail(501, "Argument Exception", "A domain object is required.");
  if (!state.domains.has(params.id!)) return missingDomain();
  const problem = checkDomainFields(input, false);
  if (problem) return fail(501, "Argument Exception", problem);
  state.updateDomain(params.id!, input);
  return ok();
}

/** DELETE /dns/{id} */
export function deleteDomain({ state, params }: DnsRequest): FakeAnswer {
  return state.deleteDomain(params.id!) ? ok() : missingDomain();
}

/** GET /dns/{id}/record */
export function listRecords({ state, params }: DnsRequest): FakeAnswer {
  if (!state.domains.has(params.id!)) return missingDomain();
  return ok({ dnsRecords: state.recordsOf(params.id!) });
}

/** POST /dns/{id}/record */
export function createRecord({ state, params, body }: DnsRequest): FakeAnswer {
  const input = asObject(body);
  if (!input) return fail(501, "Argument Exception", "A DNS record object is required.");
  if (!state.domains.has(params.id!)) return missingDomain();
  const problem = checkRecordFields(input, true);
  if (problem) return fail(501, "Argument Exception", problem);
  const record = state.seedRecord(params.id!, { ...input, recordType: String(input.recordType) });
  return record ? ok({ ...record }) : missingDomain();
}

/** GET /dns/{id}/record/{dnsRecordId} */
export function getRecord({ state, params }: DnsRequest): FakeAnswer {
  const record = state.records.get(params.dnsRecordId!);
  if (!record || record.domainId !== params.id) return missingRecord();
  return ok({ ...record });
}

/** POST /dns/{id}/record/{dnsRecordId} */
export function updateRecord({ state, params, body }: DnsRequest): FakeAnswer {
  const input = asObject(body);
  if (!input) return fail(501, "Argument Exception", "A DNS record object is required.");
  const existing = state.records.get(params.dnsRecordId!);
  if (!existing || existing.domainId !== params.id) return missingRecord();
  if (input.recordType !== undefined && input.recordType !== existing.recordType) {
    return fail(501, "Argument Exception", "The record type cannot be changed.");
  }
  const problem = checkRecordFields(input, false);
  if (problem) return fail(501, "Argument Exception", problem);
  const record = state.updateRecord(params.id!, params.dnsRecordId!, input);
  return record ? ok({ ...record }) : missingRecord();
}

/** DELETE /dns/{id}/record/{dnsRecordId} */
export function deleteRecord({ state, params }: DnsRequest): FakeAnswer {
  return state.deleteRecord(params.id!, params.dnsRecordId!) ? ok() : missingRecord();
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const domainBooleans = [
  "ipv4",
  "ipv6",
  "ipv4WildcardAlias",
  "ipv6WildcardAlias",
  "allowZoneTransfer",
  "dnssec",
];

// Returns what is wrong with a domain body, or undefined when it is acceptable.
function checkDomainFields(input: Record<string, unknown>, creating: boolean): string | undefined {
  if (creating || input.name !== undefined) {
    if (typeof input.name !== "string" || !hostname.test(input.name)) {
      return "name must be a domain name such as example.com.";
    }
  }
  if (input.ttl !== undefined && !(Number.isInteger(input.ttl) && (input.ttl as number) >= 30)) {
    return "ttl must be an integer of at least 30.";
  }
  for (const flag of domainBooleans) {
    if (input[flag] !== undefined && typeof input[flag] !== "boolean")
      return `${flag} must be a boolean.`;
  }
  for (const text of ["group", "ipv4Address", "ipv6Address"]) {
    if (input[text] !== undefined && typeof input[text] !== "string")
      return `${text} must be a string.`;
  }
  return undefined;
}

// Returns what is wrong with a record body, or undefined when it is acceptable.
function checkRecordFields(input: Record<string, unknown>, creating: boolean): string | undefined {
  if (creating) {
    if (typeof input.recordType !== "string" || !(input.recordType in fakeRecordFields)) {
      return `recordType must be one of ${Object.keys(fakeRecordFields).join(", ")}.`;
    }
  }
  if (input.nodeName !== undefined && typeof input.nodeName !== "string") {
    return "nodeName must be a string.";
  }
  if (input.ttl !== undefined && !(Number.isInteger(input.ttl) && (input.ttl as number) >= 30)) {
    return "ttl must be an integer of at least 30.";
  }
  if (input.state !== undefined && typeof input.state !== "boolean")
    return "state must be a boolean.";
  return undefined;
}
