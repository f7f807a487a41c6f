// DNS record shapes of the fake server: the common fields plus the type-specific ones.

/** The record types the fake server stores with their own fields. */
export const fakeRecordFields: Readonly<Record<string, readonly string[]>> = {
  A: ["group", "ipv4Address"],
  AAAA: ["group", "ipv6Address"],
  CNAME: ["host"],
  MX: ["host", "priority"],
  NS: ["host"],
  TXT: ["textData"],
  SPF: ["textData"],
  CAA: ["flags", "tag", "value"],
  SRV: ["host", "priority", "weight", "port"],
};

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
