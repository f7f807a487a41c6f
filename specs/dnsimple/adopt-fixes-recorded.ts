// DNSimple: fixes proven by the vendor's own recorded answers (dnsimple-developer fixtures).
import {
  allowNull,
  childPointer,
  declareStatus,
  isObject,
  notRequired,
  type OpenApiDocument,
  propertySchema,
  replaceAt,
  resolveLocalRef,
  type SpecFix,
} from "@provider-clients/scripts/specs/adopt-fixes";

const at = (...files: string[]) => files.map((file) => `dnsimple/${file}`);
const NULL_SEEN = "real answers carry `null` here, the vendor types it non-null";
const ABSENT_SEEN =
  "real answers leave it out, so a required field would be a promise the API does not keep";
const JSON_SCHEMA = ["content", "application/json", "schema"];
/** Keys from the document root to the JSON body schema an operation answers `status` with, then `under` it. */
const answerBody = (route: string, method: string, status: string, ...under: string[]) => [
  ...["paths", route, method, "responses", status],
  ...JSON_SCHEMA,
  ...under,
];
/** Keys from the document root to the shared 400 answer's JSON body schema, then `under` it. */
const badRequestBody = (...under: string[]) => [
  "components",
  "responses",
  "400",
  ...JSON_SCHEMA,
  ...under,
];
const errorBody = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** The recorded-answer fixes for DNSimple, in the order they run. */
export const dnsimpleRecordedFixes: readonly SpecFix[] = [
  allowNull({
    name: "nullableDomainExpiresOn",
    what: "`Domain.expires_on` may be null",
    why: `${NULL_SEEN} (a hosted domain has no expiry)`,
    evidence: at("createDomain/created.http", "listDomains/success.http"),
    schema: "Domain",
    properties: ["expires_on"],
  }),
  notRequired({
    name: "optionalDomainTrustee",
    what: "`Domain.trustee` no longer required",
    why: ABSENT_SEEN,
    evidence: at("createDomain/created.http", "listDomains/success.http", "getDomain/success.http"),
    schema: "Domain",
    properties: ["trustee"],
  }),
  notRequired({
    name: "optionalDomainCheckTrustee",
    what: "`DomainCheckResult.trustee` no longer required",
    why: ABSENT_SEEN,
    evidence: at("checkDomain/success.http"),
    schema: "DomainCheckResult",
    properties: ["trustee"],
  }),
  allowNull({
    name: "nullableCertificateFields",
    what: "`Certificate.csr`, `expires_at` and `expires_on` may be null",
    why: `${NULL_SEEN} (a Let's Encrypt certificate being issued has no CSR or expiry yet)`,
    evidence: at(
      "issueLetsencryptCertificate/success.http",
      "issueRenewalLetsencryptCertificate/success.http",
    ),
    schema: "Certificate",
    properties: ["csr", "expires_at", "expires_on"],
  }),
  propertySchema({
    name: "declareCertificateContactId",
    what: "`Certificate.contact_id` (integer) declared",
    why: "every recorded certificate carries it, the vendor never declares it, so the types dropped it",
    evidence: at(
      "getCertificate/success.http",
      "listCertificates/success.http",
      "issueLetsencryptCertificate/success.http",
    ),
    schema: "Certificate",
    properties: ["contact_id"],
    to: { type: "integer" },
  }),
  allowNull({
    name: "nullableWhoisPrivacyFields",
    what: "`WhoisPrivacy.enabled` and `expires_on` may be null",
    why: `${NULL_SEEN} (privacy just purchased is neither enabled nor disabled yet)`,
    evidence: at("enableWhoisPrivacy/created.http"),
    schema: "WhoisPrivacy",
    properties: ["enabled", "expires_on"],
  }),
  allowNull({
    name: "nullableDelegationSignerPublicKey",
    what: "`DelegationSigner.public_key` may be null",
    why: `${NULL_SEEN} (DS records made from a digest carry no key)`,
    evidence: at(
      "createDelegationSignerRecord/created.http",
      "getDelegationSignerRecord/success.http",
      "listDelegationSignerRecords/success.http",
    ),
    schema: "DelegationSigner",
    properties: ["public_key"],
  }),
  allowNull({
    name: "nullablePushContactId",
    what: "`Push.contact_id` may be null",
    why: `${NULL_SEEN} (a push not yet accepted has no contact)`,
    evidence: at("initiatePush/success.http", "listPushes/success.http"),
    schema: "Push",
    properties: ["contact_id"],
  }),
  allowNull({
    name: "nullableServiceSettingExample",
    what: "`ServiceSetting.example` may be null",
    why: NULL_SEEN,
    evidence: at("appliedServices/success.http"),
    schema: "ServiceSetting",
    properties: ["example"],
  }),
  allowNull({
    name: "nullableDomainTransferStatusDescription",
    what: "`DomainTransfer.status_description` may be null",
    why: NULL_SEEN,
    evidence: at("cancelDomainTransfer/success.http"),
    schema: "DomainTransfer",
    properties: ["status_description"],
  }),
  allowNull({
    name: "nullableRegistrantChangeIrtLockLiftedBy",
    what: "`RegistrantChange.irt_lock_lifted_by` may be null",
    why: `${NULL_SEEN} (no IRT lock was lifted)`,
    evidence: at(
      "createRegistrantChange/success.http",
      "getRegistrantChange/success.http",
      "listRegistrantChanges/success.http",
      "deleteRegistrantChange/success_async.http",
    ),
    schema: "RegistrantChange",
    properties: ["irt_lock_lifted_by"],
  }),
  propertySchema({
    name: "tldNameServerCountsAreStrings",
    what: "`TLD.name_server_min` and `name_server_max` are strings of digits (were integers)",
    why: 'every recorded TLD sends the counts as strings (`"2"`, `"13"`); an integer type would make `typeof` checks lie',
    evidence: at("getTld/success.http", "listTlds/success.http"),
    schema: "TLD",
    properties: ["name_server_min", "name_server_max"],
    to: { type: "string", pattern: "^[0-9]+$" },
  }),
  propertySchema({
    name: "emailForwardAliasMayBeAPattern",
    what: "`EmailForward.alias_email` is a string without `format: email`",
    why: "a catch-all forward's alias is a pattern such as `.*@a-domain.com`, which is no e-mail address",
    evidence: at("listEmailForwards/success.http"),
    schema: "EmailForward",
    properties: ["alias_email"],
    to: { type: "string" },
  }),
  propertySchema({
    name: "templateRecordPriorityIsAnInteger",
    what: "`TemplateRecord.priority` is an integer or null (was string or null)",
    why: "real answers send `10` or `null`, never a string",
    evidence: at(
      "createTemplateRecord/created.http",
      "getTemplateRecord/success.http",
      "listTemplateRecords/success.http",
    ),
    schema: "TemplateRecord",
    properties: ["priority"],
    to: { type: ["integer", "null"] },
  }),
  notRequired({
    name: "optionalExtendedAttributeTitle",
    what: "`ExtendedAttribute.title` no longer required",
    why: ABSENT_SEEN,
    evidence: at(
      "getTldExtendedAttributes/success.http",
      "getTldExtendedAttributes/success-attributes.http",
    ),
    schema: "ExtendedAttribute",
    properties: ["title"],
  }),
  notRequired({
    name: "optionalZoneActive",
    what: "`Zone.active` no longer required",
    why: ABSENT_SEEN,
    evidence: at("createSecondaryZone/created.http"),
    schema: "Zone",
    properties: ["active"],
  }),
  propertySchema({
    name: "declareAccountName",
    what: "`Account.name` (string) declared",
    why: "real accounts carry a name, the vendor never declares it, so the types dropped it",
    evidence: at(
      "listAccounts/success-account.http",
      "listAccounts/success-user.http",
      "whoami/success-account.http",
    ),
    schema: "Account",
    properties: ["name"],
    to: { type: "string" },
  }),
  replaceAt({
    name: "dnsAnalyticsRowsAreArrays",
    what: "each `queryDnsAnalytics` row is an array of cells (string or integer), one per header",
    why: 'the vendor types a row as one cell; real rows are `["bar.com", "2023-12-08", 1200]`',
    evidence: at("dnsAnalytics/success.http"),
    keys: answerBody(
      "/{account}/dns_analytics",
      "get",
      "200",
      "properties",
      "data",
      "properties",
      "rows",
      "items",
    ),
    edit: (items) =>
      items.type === "array"
        ? undefined
        : { type: "array", items: { type: ["string", "integer"] } },
  }),
  replaceAt({
    name: "whoamiMayNameNeitherUserNorAccount",
    what: "`whoami` data is one object whose `account` and `user` may each be null (was a union of account-or-user)",
    why: "a token that belongs to neither gets `{user: null, account: null}`, which no member of the vendor's union accepts",
    evidence: at("response.http", "whoami/success-account.http", "whoami/success-user.http"),
    keys: answerBody("/whoami", "get", "200", "properties", "data"),
    edit: (data) =>
      Array.isArray(data.oneOf)
        ? {
            type: "object",
            required: ["account", "user"],
            properties: {
              account: { anyOf: [{ $ref: "#/components/schemas/Account" }, { type: "null" }] },
              user: { anyOf: [{ $ref: "#/components/schemas/User" }, { type: "null" }] },
            },
          }
        : undefined,
  }),
  replaceAt({
    name: "errorListOptionalOnBadRequest",
    what: "the shared 400 body requires only `message`; `errors` is optional",
    why: "many real 400 answers are `{message}` alone",
    evidence: at(
      "getDomainPrices/failure.http",
      "transferDomain/error-indnsimple.http",
      "listCharges/fail-400-bad-filter.http",
    ),
    keys: badRequestBody(),
    edit: (schema) =>
      Array.isArray(schema.required) && schema.required.includes("errors")
        ? { ...schema, required: schema.required.filter((r) => r !== "errors") }
        : undefined,
  }),
  replaceAt({
    name: "validationErrorEntriesMayBeOneMessage",
    what: "an entry of the 400 body's `errors` map is a list of messages or one message",
    why: 'extended-attribute errors send `{"x-id-number": "invalid number"}`, other validation errors send lists',
    evidence: at("registerDomain/error-extended-attributes.http", "validation-error.http"),
    keys: badRequestBody("properties", "errors", "additionalProperties"),
    edit: (entry) => (entry.type === "array" ? { anyOf: [entry, { type: "string" }] } : undefined),
  }),
  replaceAt({
    name: "researchStatusBadRequestCarriesTheResearch",
    what: "`getDomainsResearchStatus` 400 body is the error body or the research result (`data`)",
    why: "an invalid name is answered 400 with the research result and its `errors` list, not the shared error body",
    evidence: at("getDomainsResearchStatus/error-validation.http"),
    keys: ["paths", "/{account}/domains/research/status", "get", "responses", "400"],
    edit: (response, doc) =>
      typeof response.$ref !== "string"
        ? undefined
        : {
            description: "Bad Request",
            content: {
              "application/json": {
                schema: {
                  anyOf: [
                    sharedBadRequestBody(doc),
                    {
                      type: "object",
                      required: ["data"],
                      properties: { data: { $ref: "#/components/schemas/DomainResearch" } },
                    },
                  ],
                },
              },
            },
          },
  }),
  replaceAt({
    name: "dnssecNotEnabledHasAMessage",
    what: "`disableDomainDnssec` 428 carries the error body",
    why: "the vendor declares the 428 without a body; the real answer explains itself in `message`",
    evidence: at("disableDnssec/not-enabled.http"),
    keys: ["paths", "/{account}/domains/{domain}/dnssec", "delete", "responses", "428"],
    edit: (response) => ("content" in response ? undefined : errorBody("Precondition Required")),
  }),
  declareStatus({
    name: "declareNotFound",
    what: "404 with the error body declared",
    why: "the API answers 404 for an unknown id or contact here as everywhere, but the vendor omits it",
    evidence: at(
      "notfound-webhook.http",
      "checkRegistrantChange/error-contactnotfound.http",
      "checkRegistrantChange/error-domainnotfound.http",
    ),
    operationIds: ["getWebhook", "checkRegistrantChange"],
    status: "404",
    response: { $ref: "#/components/responses/404" },
  }),
  declareStatus({
    name: "declareBadRequest",
    what: "400 with the error body declared",
    why: "real answers refuse a bad filter or a contact in use with 400 and a message",
    evidence: at("listCharges/fail-400-bad-filter.http", "deleteContact/error-contact-in-use.http"),
    operationIds: ["listCharges", "deleteContact"],
    status: "400",
    response: { $ref: "#/components/responses/400" },
  }),
  declareStatus({
    name: "declareForbidden",
    what: "403 with the error body declared",
    why: "a token without the billing scope is answered 403 with a message",
    evidence: at("listCharges/fail-403.http"),
    operationIds: ["listCharges"],
    status: "403",
    response: errorBody("Forbidden"),
  }),
  declareStatus({
    name: "domainRenewalAnswers201",
    what: "`getDomainRenewal` declares 201 with the same body as 200",
    why: "the recorded GET of a renewal answers 201 Created",
    evidence: at("getDomainRenewal/success.http"),
    operationIds: ["getDomainRenewal"],
    status: "201",
    response: (operation) => ({
      ...structuredClone(operation.responses?.["200"]),
      description: "Created",
    }),
  }),
];

// The shared 400 body (after the fixes above), copied: generated types cannot follow a $ref into a response.
function sharedBadRequestBody(doc: OpenApiDocument): Record<string, unknown> {
  const schema = resolveLocalRef(doc, `#${badRequestBody().reduce(childPointer, "")}`);
  return structuredClone(isObject(schema) ? schema : {});
}
