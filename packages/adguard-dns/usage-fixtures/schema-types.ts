// A user names response types by their schema, as shared helpers in applications do.
import type { components } from "../src/index.js";

type Device = components["schemas"]["Device"];
type FilterList = components["schemas"]["FilterList"];

/** One line per device for a status page. */
export function describeDevice(device: Device): string {
  return `${device.name} (${device.device_type}) via ${device.dns_addresses.dns_over_quic_url}`;
}

/** Filter lists with more than `min` rules. */
export function bigLists(lists: FilterList[], min: number): string[] {
  return lists.filter((list) => list.rules_count > min).map((list) => list.name);
}
