// AdGuard DNS: where the vendor document is wrong, and how ours differs from it.
import {
  childPointer,
  componentSchema,
  declareBinaryBodies,
  declareUsedTags,
  deriveMissingOperationIds,
  isObject,
  jsonForWildcardMediaTypes,
  listOperations,
  type OpenApiDocument,
  openTokenEndpoints,
  operationLabel,
  type ProviderFixes,
  resolveLocalRef,
  type SpecFix,
} from "@provider-clients/scripts/specs/adopt-fixes";

const MOBILECONFIG_TYPE = "application/x-apple-aspen-config";

/** `DnsProtoType` becomes one string enum made of its members' values. */
export const plainStringDnsProtoType: SpecFix = {
  name: "plainStringDnsProtoType",
  what: "`DnsProtoType` declared as a plain string enum (the values of `SecureDnsProtoType` and `RegularDnsProtoType`)",
  why: "the vendor combines `type: object` (with a required `value`) and a `oneOf` of string enums, so no value can match; the API sends a string such as `DOT`",
  apply(doc: OpenApiDocument) {
    const schema = componentSchema(doc, "DnsProtoType");
    if (!schema || schema.type === "string") return [];
    const values: unknown[] = [];
    for (const member of Array.isArray(schema.oneOf) ? schema.oneOf : []) {
      const target =
        isObject(member) && typeof member.$ref === "string"
          ? resolveLocalRef(doc, member.$ref)
          : member;
      if (isObject(target) && Array.isArray(target.enum)) {
        for (const value of target.enum) if (!values.includes(value)) values.push(value);
      }
    }
    if (values.length === 0) return [];
    for (const key of Object.keys(schema)) delete schema[key];
    Object.assign(schema, { type: "string", enum: values });
    return ["/components/schemas/DnsProtoType"];
  },
};

/** The `.mobileconfig` downloads get a declared binary body. */
export const declareMobileconfigBodies: SpecFix = {
  name: "declareMobileconfigBodies",
  what: `\`.mobileconfig\` 200 responses declared as \`${MOBILECONFIG_TYPE}\` binary strings`,
  why: "the vendor declares no content, so a generated client would expect an empty body instead of a profile file to read as blob or text",
  apply(doc) {
    const changed: string[] = [];
    for (const entry of listOperations(doc)) {
      if (!entry.path.endsWith(".mobileconfig")) continue;
      const responses = entry.operation.responses;
      const ok = isObject(responses) ? responses["200"] : undefined;
      if (!isObject(ok) || isObject(ok.content)) continue;
      ok.content = {
        [MOBILECONFIG_TYPE]: {
          schema: { type: "string", format: "binary", contentMediaType: MOBILECONFIG_TYPE },
        },
      };
      changed.push(`${operationLabel(entry)} (${childPointer(entry.pointer, "responses")}/200)`);
    }
    return changed;
  },
};

/** The bearer scheme loses the `in` field that HTTP schemes do not have. */
export const dropInFromHttpScheme: SpecFix = {
  name: "dropInFromHttpScheme",
  what: "`in: header` removed from the `AuthToken` HTTP bearer scheme",
  why: "`in` belongs to `apiKey` schemes only; on an `http` scheme it makes the document invalid",
  apply(doc) {
    const schemes = isObject(doc.components) ? doc.components.securitySchemes : undefined;
    const changed: string[] = [];
    if (!isObject(schemes)) return changed;
    for (const [name, scheme] of Object.entries(schemes)) {
      if (!isObject(scheme) || scheme.type !== "http" || !("in" in scheme)) continue;
      delete scheme.in;
      changed.push(childPointer("/components/securitySchemes", name));
    }
    return changed;
  },
};

/** The fixes AdGuard DNS needs, in the order they run. */
export const adoptFixes: ProviderFixes = {
  beforeNormalise: [],
  afterNormalise: [
    dropInFromHttpScheme,
    jsonForWildcardMediaTypes,
    plainStringDnsProtoType,
    declareMobileconfigBodies,
    declareBinaryBodies,
    openTokenEndpoints(["authorize", "accessToken", "revokeToken"]),
    deriveMissingOperationIds,
    declareUsedTags,
  ],
};
