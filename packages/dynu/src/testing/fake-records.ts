// Domains and DNS records of the fake server: their stored shapes and the `content` line of a record.

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
  [field: string]: unknown;
}

/** A stored DNS record as the fake server answers it. */
export interface FakeDnsRecord {
  id: number;
  domainId: number;
  domainName: string;
  nodeName: string;
  hostname: string;
  recordType: string;
  ttl: number;
  state: boolean;
  content: string;
  updatedOn: string;
  [field: string]: unknown;
}

/** The `content` line Dynu shows for a record, built from its type-specific fields. */
export function recordContent(record: Record<string, unknown>): string {
  const text = (name: string) => (record[name] === undefined ? "" : String(record[name]));
  switch (record.recordType) {
    case "A":
      return text("ipv4Address");
    case "AAAA":
      return text("ipv6Address");
    case "MX":
      return `${text("priority")} ${text("host")}`.trim();
    case "TXT":
    case "SPF":
      return text("textData");
    case "CAA":
      return `${text("flags")} ${text("tag")} "${text("value")}"`;
    case "SRV":
      return `${text("priority")} ${text("weight")} ${text("port")} ${text("host")}`;
    default:
      return text("host");
  }
}
