// AdGuard DNS's stateful resources as kit models: DNS server profiles, devices and the query log.
import type { KitItem, ResourceModel, ResourceStore } from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";

type Schemas = components["schemas"];

/** DNS server profiles; reads go through handlers that count each profile's devices. */
const dnsServers: ResourceModel = {
  name: "dns_servers",
  idParam: "dns_server_id",
  ids: { kind: "string", prefix: "srv" },
  itemSchema: "DNSServer",
  operations: { update: "updateDNSServer", delete: "removeDNSServer" },
  readOnly: ["default", "devices_count", "device_ids", "settings"],
};

/** Devices; each one's connection addresses follow from its id. */
const devices: ResourceModel = {
  name: "devices",
  idParam: "device_id",
  ids: { kind: "string", prefix: "dev" },
  operations: {
    list: "listDevices",
    create: "createDevice",
    read: "getDevice",
    update: "updateDevice",
    delete: "removeDevice",
  },
  readOnly: ["dns_addresses", "settings"],
  derive: (item) => {
    item.dns_addresses = deviceAddresses(String(item.id));
  },
};

/** Query-log entries (integer ids order equal timestamps); answered by the query-log handler. */
const queryLog: ResourceModel = {
  name: "query_log",
  ids: { kind: "integer", start: 1 },
  itemSchema: "QueryLogItem",
  operations: {},
};

/** Every model of the fake, in the order `state()` shows them. */
export const adguardDnsResources: readonly ResourceModel[] = [dnsServers, devices, queryLog];

/** The account starts with its default DNS server profile, as a new AdGuard DNS account does. */
export function seedAdGuardDns(store: ResourceStore): void {
  store.create("dns_servers", { name: "Default", default: true, devices_count: 0 });
}

/** A profile as the API shows it: with the number of devices using it. */
export function dnsServerView(store: ResourceStore, server: KitItem): KitItem {
  const count = store.list("devices").filter((d) => d.dns_server_id === server.id).length;
  return { ...server, devices_count: count };
}

/** Applies a settings update section by section; `rules_count` follows the rules. */
export function mergeSettings(current: KitItem, update: unknown): KitItem {
  const next: KitItem = { ...current };
  for (const [key, value] of Object.entries((update ?? {}) as KitItem)) {
    const old = next[key];
    const both = isObject(value) && isObject(old);
    next[key] = both ? { ...old, ...value } : value;
  }
  const rules = next.user_rules_settings as { rules?: unknown[]; rules_count?: number } | undefined;
  if (rules) rules.rules_count = rules.rules?.length ?? 0;
  return next;
}

function isObject(value: unknown): value is KitItem {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The connection addresses the API reports for a device id. */
export function deviceAddresses(id: string): Schemas["DNSAddresses"] {
  const host = `${id}.d.adguard-dns.com`;
  const app = (scheme: string, proto: string) =>
    `${scheme}:add_dns_server?address=${encodeURIComponent(`${proto}://${host}`)}&name=AdGuard%20Personal%20DNS`;
  const addresses: Record<string, unknown> = { ip_addresses: [] };
  for (const proto of ["https", "quic", "tls"]) {
    addresses[`adguard_dns_over_${proto}_url`] = app("adguard", proto);
    addresses[`adguard_vpn_dns_over_${proto}_url`] = app("adguardvpn", proto);
    addresses[`dns_over_${proto}_url`] =
      `${proto}://${host}${proto === "https" ? "/dns-query" : ""}`;
  }
  return addresses as Schemas["DNSAddresses"];
}
