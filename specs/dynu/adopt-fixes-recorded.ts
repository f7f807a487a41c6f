// Dynu: fixes proven by live answers recorded on 2025-05-06 (dns-lexicon's vcrpy cassettes).
import {
  allowNull,
  childPointer,
  isObject,
  replaceAt,
  type SpecFix,
  walkOpenApi,
} from "@provider-clients/scripts/specs/adopt-fixes";

const at = (...files: string[]) => files.map((file) => `dynu/${file}`);

/** ISO 8601 date and time, the UTC offset optional (Dynu leaves it out on most answers). */
const DATE_TIME_OPTIONAL_OFFSET =
  "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$";

const TIMESTAMPS = ["createdOn", "updatedOn"];

/** The recorded-answer fixes for Dynu, in the order they run. */
export const dynuRecordedFixes: readonly SpecFix[] = [
  {
    name: "timestampsWithoutOffset",
    what: "`createdOn` and `updatedOn` are date-times whose UTC offset may be missing (`format: date-time` replaced by a pattern)",
    why: "live answers send `2025-05-06T18:36:06.03` (UTC, no offset, 0-3 fraction digits); only the record-update answer has `+00:00`. RFC 3339 `date-time` requires the offset, so the format promised what the API does not send",
    evidence: at(
      "test_provider_authenticate.yaml",
      "test_provider_when_calling_create_record_for_A_with_valid_name_and_content.yaml",
      "test_provider_when_calling_update_record_should_modify_record.yaml",
    ),
    apply(doc) {
      const changed: string[] = [];
      walkOpenApi(doc, {
        object(node, kind, pointer) {
          if (kind !== "schema" || !isObject(node.properties)) return;
          for (const name of TIMESTAMPS) {
            const property = node.properties[name];
            if (!isObject(property) || property.format !== "date-time") continue;
            delete property.format;
            property.pattern = DATE_TIME_OPTIONAL_OFFSET;
            changed.push(childPointer(childPointer(pointer, "properties"), name));
          }
        },
      });
      return changed;
    },
  },
  allowNull({
    name: "nullableDomainIpv6Address",
    what: "`DNS.domain.ipv6Address` may be null",
    why: "every recorded domain list carries `ipv6Address: null` (no IPv6 address set); the spec typed it as a string",
    evidence: at("test_provider_authenticate.yaml"),
    schema: "DNS.domain",
    properties: ["ipv6Address"],
  }),
  replaceAt({
    name: "declareARecordLocation",
    what: "`location` (string) declared on A records",
    why: "the live answer to creating an A record carries `location` (empty string), which the spec never declared",
    evidence: at("test_provider_when_calling_create_record_for_A_with_valid_name_and_content.yaml"),
    keys: ["components", "schemas", "DNS.dnsRecordA", "allOf", "1", "properties"],
    edit: (properties) =>
      "location" in properties ? undefined : { ...properties, location: { type: "string" } },
  }),
];
