// Dynu: the only public document is stale and malformed; these fixes make it a valid, usable spec.
import {
  childPointer,
  componentSchema,
  declareBinaryBodies,
  declareUsedTags,
  deriveMissingOperationIds,
  discriminateFamilyBases,
  discriminateUnions,
  isObject,
  jsonForWildcardMediaTypes,
  listOperations,
  operationLabel,
  type ProviderFixes,
  pinMemberTags,
  type SpecFix,
  type UnionFamily,
  walkOpenApi,
} from "@provider-clients/scripts/specs/adopt-fixes";
import { dynuRecordedFixes } from "./adopt-fixes-recorded.js";

/** Dynu's API version; the public copy lost its `info` object. */
const DYNU_API_VERSION = "2.0.0";

/** Where Dynu issues OAuth tokens: `GET /v2/oauth2/token` on the API host, HTTP Basic. */
export const DYNU_TOKEN_URL = "https://api.dynu.com/v2/oauth2/token";

/** The document gets an `info` object again (the copy renamed it to `COMMENTEDinfo`). */
export const restoreInfo: SpecFix = {
  name: "restoreInfo",
  what: `\`info\` restored with version \`${DYNU_API_VERSION}\`; \`COMMENTEDinfo\` removed`,
  why: "the public copy renamed `info`, so the document is not valid OpenAPI; Dynu documents API version 2.0.0",
  apply(doc) {
    if (isObject(doc.info) && !("COMMENTEDinfo" in doc)) return [];
    const old = isObject(doc.COMMENTEDinfo) ? doc.COMMENTEDinfo : {};
    const version = typeof old.version === "string" ? old.version : DYNU_API_VERSION;
    if (!isObject(doc.info)) doc.info = { version };
    delete doc.COMMENTEDinfo;
    return ["/info", "/COMMENTEDinfo"];
  },
};

/** Response objects lose the `examples` key they may not have. */
export const dropResponseLevelExamples: SpecFix = {
  name: "dropResponseLevelExamples",
  what: "`examples` removed from response objects",
  why: "a response object has no `examples` field (examples live under a media type), so the document is invalid",
  apply(doc) {
    const changed: string[] = [];
    walkOpenApi(doc, {
      object(node, kind, pointer) {
        if (kind !== "response" || !("examples" in node)) return;
        delete node.examples;
        changed.push(childPointer(pointer, "examples"));
      },
    });
    return changed;
  },
};

/** Keys beside `$ref` (`example`, `type`) are removed. */
export const dropRefSiblings: SpecFix = {
  name: "dropRefSiblings",
  what: "`example` and `type` written beside `$ref` removed",
  why: "OpenAPI 3.0 ignores every key next to `$ref`; keeping them would change their meaning in 3.1",
  apply(doc) {
    const changed: string[] = [];
    walkOpenApi(doc, {
      object(node, kind, pointer) {
        if (kind === "pathItem" || typeof node.$ref !== "string") return;
        for (const key of Object.keys(node)) {
          if (key === "$ref") continue;
          delete node[key];
          changed.push(childPointer(pointer, key));
        }
      },
    });
    return changed;
  },
};

/** The client-credentials flow becomes valid and names the real token URL. */
export const repairOAuth2Flow: SpecFix = {
  name: "repairOAuth2Flow",
  what: `\`oauth2\` client-credentials flow: \`authorizationUrl\` removed, empty \`scopes\` added, token and refresh URLs made absolute (\`${DYNU_TOKEN_URL}\`)`,
  why: "client-credentials flows have no authorization URL and must list scopes; the vendor's `/v2/oauth2/token` is host-relative (under the server URL `https://api.dynu.com/v2` the path is `/oauth2/token`), and tools that append it to the server URL would call `/v2/v2/oauth2/token`, so the URL is written out in full",
  apply(doc) {
    const schemes = isObject(doc.components) ? doc.components.securitySchemes : undefined;
    const scheme = isObject(schemes) ? schemes.oauth2 : undefined;
    const flows = isObject(scheme) ? scheme.flows : undefined;
    const flow = isObject(flows) ? flows.clientCredentials : undefined;
    if (!isObject(flow)) return [];
    const before = JSON.stringify(flow);
    delete flow.authorizationUrl;
    flow.tokenUrl = DYNU_TOKEN_URL;
    if ("refreshUrl" in flow) flow.refreshUrl = DYNU_TOKEN_URL;
    if (!isObject(flow.scopes)) flow.scopes = {};
    return JSON.stringify(flow) === before
      ? []
      : ["/components/securitySchemes/oauth2/flows/clientCredentials"];
  },
};

/** Web-redirect paths use one spelling, `webRedirect`. */
export const unifyWebRedirectPaths: SpecFix = {
  name: "unifyWebRedirectPaths",
  what: "`/dns/{id}/webredirect` renamed `/dns/{id}/webRedirect`",
  why: "the vendor spells the collection `webredirect` but the item `webRedirect/{webRedirectId}`; Dynu routes ignore case (public clients call both spellings successfully), and `webRedirect` matches the item path, the `DNS.webRedirect` schema and the `webRedirects` response field, so one spelling keeps the paths consistent",
  apply(doc) {
    if (!isObject(doc.paths)) return [];
    const changed: string[] = [];
    const renamed: Record<string, unknown> = {};
    for (const [path, item] of Object.entries(doc.paths)) {
      const fixed = path.replace(/\/webredirect(?=\/|$)/, "/webRedirect");
      if (fixed !== path)
        changed.push(`${childPointer("/paths", path)} -> ${childPointer("/paths", fixed)}`);
      if (fixed !== path && fixed in doc.paths) {
        throw new Error(`cannot rename ${path}: ${fixed} already exists`);
      }
      renamed[fixed] = item;
    }
    doc.paths = renamed;
    return changed;
  },
};

/** The record-type enum lists every record type the DNS record union has a member for. */
export const completeRecordTypeEnum: SpecFix = {
  name: "completeRecordTypeEnum",
  what: "`SPF`, `SRV`, `SSHFP` and `TLSA` added to `DNS.dnsRecord.recordType`",
  why: "the document has record schemas for these types (`DNS.dnsRecordSPF`, ...) but the enum omits them, so such records could not be sent or discriminated",
  apply(doc) {
    const record = componentSchema(doc, "DNS.dnsRecord");
    const properties = record && isObject(record.properties) ? record.properties : undefined;
    const recordType =
      properties && isObject(properties.recordType) ? properties.recordType : undefined;
    if (!recordType || !Array.isArray(recordType.enum)) return [];
    const values = recordType.enum;
    const added = Object.keys(DNS_RECORDS.members).filter(
      (value) => !values.includes(value) && componentSchema(doc, DNS_RECORDS.members[value] ?? ""),
    );
    values.push(...added);
    return added.length > 0 ? ["/components/schemas/DNS.dnsRecord/properties/recordType/enum"] : [];
  },
};

/** A path parameter that names a resource by id: `{id}`, `{dnsRecordId}`, `{webRedirectId}`, ... */
const ID_PARAMETER = /\{(?:id|[A-Za-z]+Id)\}/;

/** Operations on a resource named by id declare the vendor's own `404` response. */
export const declareNotFoundResponses: SpecFix = {
  name: "declareNotFoundResponses",
  what: "the `404` response component declared on every operation with an id in its path",
  why: "an unknown id is answered 404 with the usual error body, as the vendor's own failure examples for by-id responses show, but no operation references the document's `404` response",
  apply(doc) {
    const responses = isObject(doc.components) ? doc.components.responses : undefined;
    if (!isObject(responses) || !isObject(responses["404"])) return [];
    const changed: string[] = [];
    for (const entry of listOperations(doc)) {
      if (!ID_PARAMETER.test(entry.path) || !isObject(entry.operation.responses)) continue;
      if ("404" in entry.operation.responses) continue;
      entry.operation.responses["404"] = { $ref: "#/components/responses/404" };
      changed.push(operationLabel(entry));
    }
    return changed;
  },
};

/** DNS records declare the `ttl` every record example carries. */
export const declareRecordTtl: SpecFix = {
  name: "declareRecordTtl",
  what: "`ttl` (integer, int32 like `DNS.domain.ttl`) added to `DNS.dnsRecord`",
  why: "the vendor's own record examples (list and single-record responses, add and change request bodies) carry a `ttl`, but the record schema omits it, so clients could neither read nor set a record's time to live",
  apply(doc) {
    const record = componentSchema(doc, "DNS.dnsRecord");
    if (!record || !isObject(record.properties) || "ttl" in record.properties) return [];
    record.properties.ttl = { type: "integer", format: "int32" };
    return ["/components/schemas/DNS.dnsRecord/properties/ttl"];
  },
};

/** Changing a DNS service sends the whole domain object: the body is not optional. */
const requireDomainUpdateBody: SpecFix = {
  name: "requireDomainUpdateBody",
  what: "the request body of `POST /dns/{id}` marked `required: true`",
  why: "Dynu refuses a change of a DNS service without the domain object (`Argument Exception`), and the ipv4Address/ipv6Address update is the call's whole purpose; an optional body let `dnsIdPost` compile without it",
  apply(doc) {
    const operation = isObject(doc.paths) ? doc.paths["/dns/{id}"] : undefined;
    const body =
      isObject(operation) && isObject(operation.post) ? operation.post.requestBody : undefined;
    if (!isObject(body) || body.required === true) return [];
    body.required = true;
    return ["/paths/~1dns~1{id}/post/requestBody/required"];
  },
};

const DNS_RECORDS: UnionFamily = {
  base: "DNS.dnsRecord",
  propertyName: "recordType",
  members: Object.fromEntries(
    [
      "A",
      "AAAA",
      "CAA",
      "CNAME",
      "HINFO",
      "LOC",
      "MX",
      "NS",
      "PTR",
      "RP",
      "SOA",
      "SPF",
      "SRV",
      "SSHFP",
      "TLSA",
      "TXT",
      "URI",
    ].map((type) => [type, `DNS.dnsRecord${type}`]),
  ),
};

const MONITORS: UnionFamily = {
  base: "Monitor.monitor",
  propertyName: "type",
  members: {
    DNS: "Monitor.monitorDNS",
    HTTP: "Monitor.monitorHTTP",
    KEYWORD: "Monitor.monitorKeyword",
    PING: "Monitor.monitorPing",
    PORT: "Monitor.monitorPort",
  },
};

const EMAIL_SERVICES: UnionFamily = {
  base: "Email.email",
  propertyName: "type",
  members: {
    EmailBackup: "Email.emailBackup",
    EmailForward: "Email.emailForward",
    EmailStoreForward: "Email.emailStoreForward",
    FullServiceEmail: "Email.emailFullService",
    SMTPOutboundRelay: "Email.emailSMTPOutboundRelay",
  },
};

/** The fixes Dynu needs, in the order they run. */
export const adoptFixes: ProviderFixes = {
  beforeNormalise: [restoreInfo, dropResponseLevelExamples, dropRefSiblings],
  afterNormalise: [
    repairOAuth2Flow,
    unifyWebRedirectPaths,
    jsonForWildcardMediaTypes,
    completeRecordTypeEnum,
    declareRecordTtl,
    declareNotFoundResponses,
    requireDomainUpdateBody,
    discriminateUnions([DNS_RECORDS, MONITORS, EMAIL_SERVICES]),
    discriminateFamilyBases([DNS_RECORDS, MONITORS, EMAIL_SERVICES]),
    pinMemberTags([DNS_RECORDS, MONITORS, EMAIL_SERVICES]),
    ...dynuRecordedFixes,
    declareBinaryBodies,
    deriveMissingOperationIds,
    declareUsedTags,
  ],
};
