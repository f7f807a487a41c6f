// The fake account's resources: DNS server profiles, devices, the query log and limits.
import { randomBytes } from "node:crypto";
import type { components } from "../generated/index.js";
import {
  defaultDnsServerSettings,
  deviceAddresses,
  mergeDnsServerSettings,
} from "./fake-fixtures.js";

type Schemas = components["schemas"];

/** A stored row plus the order it was created in (lists are newest first). */
export interface Stored<T> {
  seq: number;
  value: T;
}

/** Per-resource maximums the account limits report (and creation enforces with 429). */
export interface FakeLimits {
  devices: number;
  dns_servers: number;
  access_rules: number;
  dedicated_ipv4: number;
  requests: number;
  user_rules: number;
}

const newId = () => randomBytes(4).toString("hex");

/** Creates the resource store with one default DNS server profile. */
export function createResources(limits: FakeLimits) {
  let seq = 0;
  const dnsServers = new Map<string, Stored<Schemas["DNSServer"]>>();
  const devices = new Map<string, Stored<Schemas["Device"]>>();
  const queryLog: Stored<Schemas["QueryLogItem"]>[] = [];

  const newestFirst = <T>(rows: Iterable<Stored<T>>) => [...rows].sort((a, b) => b.seq - a.seq);
  const countDevices = (serverId: string) =>
    [...devices.values()].filter((row) => row.value.dns_server_id === serverId).length;
  const withCount = (row: Stored<Schemas["DNSServer"]>): Stored<Schemas["DNSServer"]> => ({
    seq: row.seq,
    value: { ...row.value, devices_count: countDevices(row.value.id) },
  });

  const resources = {
    limits,
    /** Adds a DNS server profile (no limit check: tests seed freely). */
    addDnsServer(input: Schemas["DNSServerCreate"], isDefault = false): Schemas["DNSServer"] {
      const server: Schemas["DNSServer"] = {
        id: newId(),
        name: input.name,
        default: isDefault,
        devices_count: 0,
        settings: mergeDnsServerSettings(defaultDnsServerSettings(), input.settings),
      };
      dnsServers.set(server.id, { seq: seq++, value: server });
      return server;
    },
    /** The DNS server profile `id`, if it exists. */
    dnsServer(id: string): Schemas["DNSServer"] | undefined {
      const row = dnsServers.get(id);
      return row && withCount(row).value;
    },
    /** DNS server rows, newest first, with live device counts. */
    dnsServerRows(): Stored<Schemas["DNSServer"]>[] {
      return newestFirst(dnsServers.values()).map(withCount);
    },
    /** Applies `update` to profile `id`; false when there is none. */
    updateDnsServer(id: string, update: Schemas["DNSServerUpdate"]): boolean {
      const row = dnsServers.get(id);
      if (!row) return false;
      if (update.name !== undefined) row.value = { ...row.value, name: update.name };
      return true;
    },
    /** Merges `update` into the settings of profile `id`; false when there is none. */
    updateDnsServerSettings(id: string, update: Schemas["DNSServerSettingsUpdate"]): boolean {
      const row = dnsServers.get(id);
      if (!row) return false;
      row.value = { ...row.value, settings: mergeDnsServerSettings(row.value.settings, update) };
      return true;
    },
    /** Deletes a profile and the devices attached to it. */
    removeDnsServer(id: string): boolean {
      if (!dnsServers.delete(id)) return false;
      for (const [deviceId, row] of devices)
        if (row.value.dns_server_id === id) devices.delete(deviceId);
      return true;
    },
    /** Creates a device as the API does and returns it. */
    addDevice(input: Schemas["DeviceCreate"]): Schemas["Device"] {
      const id = newId();
      const device: Schemas["Device"] = {
        id,
        name: input.name,
        device_type: input.device_type,
        dns_server_id: input.dns_server_id,
        dns_addresses: deviceAddresses(id),
        settings: { detect_doh_auth_only: false, protection_enabled: true },
      };
      devices.set(id, { seq: seq++, value: device });
      return device;
    },
    /** The device `id`, if it exists. */
    device(id: string): Schemas["Device"] | undefined {
      return devices.get(id)?.value;
    },
    /** Every device in creation order. */
    deviceRows(): Stored<Schemas["Device"]>[] {
      return newestFirst(devices.values());
    },
    /** Applies `update` to device `id`; false when there is none. */
    updateDevice(id: string, update: Schemas["DeviceUpdate"]): boolean {
      const row = devices.get(id);
      if (!row) return false;
      const defined = Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined));
      row.value = { ...row.value, ...defined };
      return true;
    },
    /** Deletes device `id`; false when there is none. */
    removeDevice(id: string): boolean {
      return devices.delete(id);
    },
    /** Appends query-log entries (any order; reads sort them newest first). */
    addQueryLogEntries(entries: readonly Schemas["QueryLogItem"][]): void {
      for (const value of entries) queryLog.push({ seq: seq++, value });
    },
    /** Query-log rows, newest first (time, then insertion order). */
    queryLogRows(): Stored<Schemas["QueryLogItem"]>[] {
      return [...queryLog].sort(
        (a, b) => b.value.time_millis - a.value.time_millis || b.seq - a.seq,
      );
    },
    /** Empties the query log. */
    clearQueryLog(): void {
      queryLog.length = 0;
    },
    /** The account's limits with the current usage. */
    accountLimits(): Schemas["AccountLimits"] {
      const limit = (max: number, used: number) => ({ limit: max, used });
      return {
        access_rules: limit(limits.access_rules, 0),
        dedicated_ipv4: limit(limits.dedicated_ipv4, 0),
        devices: limit(limits.devices, devices.size),
        dns_servers: limit(limits.dns_servers, dnsServers.size),
        requests: limit(limits.requests, queryLog.length),
        user_rules: limit(limits.user_rules, 0),
      };
    },
  };
  resources.addDnsServer({ name: "Default" }, true);
  return resources;
}

/** The resource store `createResources` returns. */
export type FakeResources = ReturnType<typeof createResources>;

/** Builds `count` query-log entries spread evenly over `[from, to]` for `device`, for seeding. */
export function sampleQueryLog(
  count: number,
  options: { from: number; to: number; deviceId: string; dnsServerId: string },
): Schemas["QueryLogItem"][] {
  const domains = ["example.org", "ads.example.net", "cdn.example.com", "tracker.example.io"];
  const categories: Schemas["CategoryType"][] = ["OTHERS", "ADS", "CDN", "TRACKERS"];
  const span = Math.max(0, options.to - options.from);
  return Array.from({ length: count }, (_, i) => {
    const time = options.from + (count <= 1 ? 0 : Math.floor((span * i) / (count - 1)));
    const blocked = i % 4 === 1 || i % 4 === 3;
    return {
      category_type: categories[i % 4]!,
      company_id: i % 2 === 0 ? "example" : "adnetwork",
      device_id: options.deviceId,
      dns_server_id: options.dnsServerId,
      dnssec: i % 3 === 0,
      domain: domains[i % 4]!,
      client_country: "DE",
      filtering_info: { filtering_status: blocked ? "REQUEST_BLOCKED" : "NONE" },
      time_iso: new Date(time).toISOString(),
      time_millis: time,
    };
  });
}
