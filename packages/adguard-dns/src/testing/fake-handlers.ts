// What AdGuard DNS's models can't say: profile references and limits, settings sections, device files.
import type { KitContext, KitHandler, KitItem, KitReply } from "@provider-clients/auth/testing";
import { fieldRefused } from "./fake-errors.js";
import { cursorPage, queryLogPage } from "./fake-pages.js";
import { dnsServerView, mergeSettings } from "./fake-resources.js";

/** Per-resource maximums the account limits report (creating devices or profiles beyond them gets 429). */
export type FakeLimits = Record<
  "devices" | "dns_servers" | "access_rules" | "dedicated_ipv4" | "requests" | "user_rules",
  number
>;

const deviceOf = (c: KitContext) => c.resources.get("devices", c.request.params.device_id);
const serverOf = (c: KitContext) => c.resources.get("dns_servers", c.request.params.dns_server_id);
const bodyOf = (c: KitContext) => (c.request.body ?? {}) as KitItem;
const ok = (body?: unknown): KitReply =>
  body === undefined ? { status: 200 } : { status: 200, body };
const notFound = (c: KitContext) => c.fail("not-found", "no such device or DNS server profile");
const newestFirst = (items: KitItem[]) => [...items].reverse();

// A device must name an existing profile (a reference no schema can check).
const unknownServer = (c: KitContext, id: unknown) =>
  c.resources.get("dns_servers", id) ? undefined : fieldRefused("dns_server_id", id);

// Device-scoped operations answer 404 for an unknown device, else fall through to the sample.
const requireDevice: KitHandler = (c) => (deviceOf(c) ? undefined : notFound(c));

// GET and PUT of the `settings` section kept on a device or profile.
function settingsOf(of: (c: KitContext) => KitItem | undefined): [KitHandler, KitHandler] {
  const read: KitHandler = (c) => {
    const item = of(c);
    return item ? ok(item.settings) : notFound(c);
  };
  const update: KitHandler = (c) => {
    const item = of(c);
    if (item) item.settings = mergeSettings(item.settings as KitItem, c.request.body);
    return item ? ok() : notFound(c);
  };
  return [read, update];
}

// A minimal Apple configuration profile pointing at the device's DoH or DoT address.
function mobileConfig(protocol: "HTTPS" | "TLS"): KitHandler {
  return (c) => {
    const device = deviceOf(c);
    if (!device) return notFound(c);
    const urls = device.dns_addresses as Record<string, string>;
    const server = urls[protocol === "HTTPS" ? "dns_over_https_url" : "dns_over_tls_url"];
    const xml = (text: unknown) =>
      String(text).replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>PayloadDisplayName</key><string>${xml(device.name)}</string>
<key>DNSProtocol</key><string>${protocol}</string>
<key>ServerURL</key><string>${xml(server)}</string>
</dict></plist>
`;
    return { status: 200, contentType: "application/x-apple-aspen-config", text };
  };
}

/** Custom handlers by operationId; `undefined` falls through to the model, then to the sample. */
export function adguardDnsHandlers(limits: FakeLimits): Record<string, KitHandler> {
  const full = (c: KitContext, name: "devices" | "dns_servers") =>
    c.resources.list(name).length >= limits[name];
  const views = (c: KitContext, servers: KitItem[]) =>
    servers.map((s) => dnsServerView(c.resources, s));
  const [getDNSServerSettings, updateDNSServerSettings] = settingsOf(serverOf);
  const [getDeviceSettings, updateDeviceSettings] = settingsOf(deviceOf);
  return {
    getAccountLimits: (c) => {
      const used: Partial<FakeLimits> = {
        devices: c.resources.list("devices").length,
        dns_servers: c.resources.list("dns_servers").length,
        requests: c.resources.list("query_log").length,
      };
      const entries = Object.entries(limits) as [keyof FakeLimits, number][];
      return ok(
        Object.fromEntries(entries.map(([k, limit]) => [k, { limit, used: used[k] ?? 0 }])),
      );
    },
    listDNSServers: (c) => ok(views(c, c.resources.list("dns_servers"))),
    getDNSServer: (c) => {
      const server = serverOf(c);
      return server ? ok(dnsServerView(c.resources, server)) : notFound(c);
    },
    createDNSServer: (c) => {
      if (full(c, "dns_servers")) return { status: 429 };
      const body = bodyOf(c);
      const server = c.resources.create("dns_servers", { name: body.name, default: false });
      server.settings = mergeSettings(server.settings as KitItem, body.settings);
      return ok(dnsServerView(c.resources, server));
    },
    // Deleting a profile deletes its devices; the model then deletes the profile (or answers 404).
    removeDNSServer: (c) => {
      for (const device of c.resources.list("devices"))
        if (device.dns_server_id === c.request.params.dns_server_id)
          c.resources.remove("devices", device.id);
      return undefined;
    },
    getDNSServerSettings,
    updateDNSServerSettings,
    createDevice: (c) =>
      unknownServer(c, bodyOf(c).dns_server_id) ??
      (full(c, "devices") ? { status: 429 } : undefined),
    updateDevice: (c) => {
      const changed = bodyOf(c).dns_server_id;
      return deviceOf(c) && changed !== undefined ? unknownServer(c, changed) : undefined;
    },
    getDeviceSettings,
    updateDeviceSettings,
    getDoHMobileConfig: mobileConfig("HTTPS"),
    getDoTMobileConfig: mobileConfig("TLS"),
    listDedicatedAddressesForDevice: requireDevice,
    linkDedicatedIPv4Address: requireDevice,
    unlinkDedicatedIPv4Address: requireDevice,
    resetDOHPassword: requireDevice,
    getDevices: (c) =>
      cursorPage(c, newestFirst(c.resources.list("devices")), {
        dns_servers: (device) => device.dns_server_id,
        devices: (device) => device.id,
      }),
    getDnsServers: (c) =>
      cursorPage(c, views(c, newestFirst(c.resources.list("dns_servers"))), {
        dns_servers: (server) => server.id,
      }),
    getQueryLog: queryLogPage,
    clearQueryLog: (c) => {
      for (const entry of c.resources.list("query_log")) c.resources.remove("query_log", entry.id);
      return { status: 202 };
    },
  };
}
