// Builds resource objects shaped like the API's (every required field present) for the fake server.
import type { components } from "../generated/index.js";

type Schemas = components["schemas"];

/** The settings a new DNS server profile starts with. */
export function defaultDnsServerSettings(): Schemas["DNSServerSettings"] {
  return {
    access_settings: {
      allowed_clients: [],
      block_known_scanners: true,
      blocked_clients: [],
      blocked_domain_rules: [],
      enabled: true,
    },
    auto_connect_devices_enabled: false,
    block_chrome_prefetch: true,
    block_firefox_canary: true,
    block_private_relay: false,
    block_ttl_seconds: 10,
    blocking_mode_settings: { blocking_mode: "NULL_IP" },
    filter_lists_settings: {
      enabled: true,
      filter_list: [{ enabled: true, filter_id: "adguard_dns_filter" }],
    },
    ip_log_enabled: true,
    parental_control_settings: {
      block_adult_websites_enabled: false,
      blocked_services: [],
      enabled: false,
      engines_safe_search_enabled: false,
      screen_time_schedule: { daily_schedule: [] },
      youtube_safe_search_enabled: false,
    },
    protection_enabled: true,
    safebrowsing_settings: {
      block_dangerous_domains: true,
      block_nrd: false,
      blocking_mode_settings: { blocking_mode: "NULL_IP" },
      enabled: true,
      homoglyph_protection_enabled: false,
      typosquatting_protection_enabled: false,
    },
    user_rules_settings: { enabled: true, rules: [], rules_count: 0 },
  };
}

/** Applies a settings update section by section (each given section's fields replace the old ones). */
export function mergeDnsServerSettings(
  current: Schemas["DNSServerSettings"],
  update: Schemas["DNSServerSettingsUpdate"] | undefined,
): Schemas["DNSServerSettings"] {
  if (!update) return current;
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    const old = next[key];
    next[key] =
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      typeof old === "object"
        ? { ...(old as object), ...value }
        : value;
  }
  const merged = next as Schemas["DNSServerSettings"];
  merged.user_rules_settings.rules_count = merged.user_rules_settings.rules.length;
  return merged;
}

/** The connection addresses the API reports for a device id. */
export function deviceAddresses(id: string): Schemas["DNSAddresses"] {
  const name = encodeURIComponent("AdGuard Personal DNS");
  const app = (scheme: string, proto: string) =>
    `${scheme}:add_dns_server?address=${encodeURIComponent(`${proto}://${id}.d.adguard-dns.com`)}&name=${name}`;
  return {
    adguard_dns_over_https_url: app("adguard", "https"),
    adguard_dns_over_quic_url: app("adguard", "quic"),
    adguard_dns_over_tls_url: app("adguard", "tls"),
    adguard_vpn_dns_over_https_url: app("adguardvpn", "https"),
    adguard_vpn_dns_over_quic_url: app("adguardvpn", "quic"),
    adguard_vpn_dns_over_tls_url: app("adguardvpn", "tls"),
    dns_over_https_url: `https://${id}.d.adguard-dns.com/dns-query`,
    dns_over_quic_url: `quic://${id}.d.adguard-dns.com`,
    dns_over_tls_url: `tls://${id}.d.adguard-dns.com`,
    ip_addresses: [],
  };
}

/** A minimal Apple configuration profile for a device (the body of the .mobileconfig routes). */
export function mobileConfigFor(device: Schemas["Device"], protocol: "HTTPS" | "TLS"): string {
  const server =
    protocol === "HTTPS"
      ? device.dns_addresses.dns_over_https_url
      : device.dns_addresses.dns_over_tls_url;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0"><dict>',
    `<key>PayloadDisplayName</key><string>${escapeXml(device.name)}</string>`,
    `<key>DNSProtocol</key><string>${protocol}</string>`,
    `<key>ServerURL</key><string>${escapeXml(server)}</string>`,
    "</dict></plist>",
    "",
  ].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
