// A user names response types by their schema, as shared helpers in applications do.
import type { components } from "../src/index.js";

type Domain = components["schemas"]["DNS.domain"];
type DnsRecord = components["schemas"]["DNS.dnsRecord"];

/** One line per DNS service for a status page. */
export function describeDomain(domain: Domain): string {
  return `${domain.name ?? "?"} ipv4=${domain.ipv4Address ?? "-"} ipv6=${domain.ipv6Address ?? "-"}`;
}

/** Hostnames of the records of one type. */
export function hostnamesOfType(records: DnsRecord[], type: DnsRecord["recordType"]): string[] {
  return records
    .filter((record) => record.recordType === type)
    .map((record) => record.hostname ?? "");
}
