// Which redirect targets specs:fetch may follow: vendor hosts over https, never the local network.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { getDomain } from "tldts";

/** What a run trusts: the hosts source.json names, and the `--from` mirror's origin. */
export interface RedirectTrust {
  /** Host names from source.json (upstream, servers, docs); their registrable domains are trusted too. */
  hosts: readonly string[];
  /** The `--from` URL's origin, when the mirror is a URL: redirects within it are followed as they are. */
  fromOrigin?: string | undefined;
}

// Loopback, private, link-local, CGNAT, unspecified and the IPv6 equivalents (RFC 6890 special-purpose).
const local = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const) {
  local.addSubnet(net, bits, "ipv4");
}
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const) {
  local.addSubnet(net, bits, "ipv6");
}

/** True for an address on this machine or a private / link-local network (IPv4-mapped IPv6 included). */
function isLocalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return local.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return false;
  return local.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Why `target` may not be followed from `current`, or undefined when it may (before DNS). */
export function redirectRefusal(
  current: URL,
  target: URL,
  trust: RedirectTrust,
): string | undefined {
  if (trust.fromOrigin !== undefined && target.origin === trust.fromOrigin) return undefined;
  if (target.protocol !== "https:") return `not https (${target.protocol.replace(/:$/, "")})`;
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || isLocalAddress(host)) {
    return "a loopback, private or link-local address";
  }
  if (isIP(host) !== 0) return "an IP address, not a vendor host";
  const domain = getDomain(host);
  const trusted = [current.hostname, ...trust.hosts].some(
    (known) => known === host || (domain !== null && getDomain(known) === domain),
  );
  return trusted
    ? undefined
    : "a host neither registrable under the vendor's domain nor listed in source.json";
}

/** Refuses a host name that resolves to a local address (a vendor name pointed at the inside). */
export async function resolvedRefusal(
  target: URL,
  trust: RedirectTrust,
): Promise<string | undefined> {
  if (trust.fromOrigin !== undefined && target.origin === trust.fromOrigin) return undefined;
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) return undefined;
  const addresses = await lookup(host, { all: true }).catch(() => []);
  const inside = addresses.find((entry) => isLocalAddress(entry.address));
  return inside ? `${host} resolves to a local address (${inside.address})` : undefined;
}
