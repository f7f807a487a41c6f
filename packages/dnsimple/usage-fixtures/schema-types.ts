// A user names response types by their schema, as shared helpers in applications do.
import type { components } from "../src/index.js";

type Domain = components["schemas"]["Domain"];
type ZoneRecord = components["schemas"]["ZoneRecord"];

/** One line per domain for a status page. */
export function describeDomain(domain: Domain): string {
  return `${domain.name} (${domain.state}) renews automatically: ${domain.auto_renew}`;
}

/** Records the user may edit: system records (SOA, NS) excluded. */
export function editableRecords(records: ZoneRecord[]): ZoneRecord[] {
  return records.filter((record) => !record.system_record);
}
