// DNSimple: where the vendor document is wrong, and how ours differs from it.
import {
  componentSchema,
  declareBinaryBodies,
  declareUsedTags,
  deriveMissingOperationIds,
  isObject,
  jsonForWildcardMediaTypes,
  openTokenEndpoints,
  type ProviderFixes,
  type SpecFix,
} from "@provider-clients/scripts/specs/adopt-fixes";
import { dnsimpleRecordedFixes } from "./adopt-fixes-recorded.js";

/** `EmailForward.active` is required but was never declared; it is a boolean. */
export const declareEmailForwardActive: SpecFix = {
  name: "declareEmailForwardActive",
  what: "`active` (boolean) added to `EmailForward.properties`",
  why: "the vendor lists `active` as required but never defines it, so generated types lose the field; the vendor's own sample shows a boolean",
  apply(doc) {
    const schema = componentSchema(doc, "EmailForward");
    if (!schema || !isObject(schema.properties) || "active" in schema.properties) return [];
    if (!Array.isArray(schema.required) || !schema.required.includes("active")) return [];
    schema.properties.active = { type: "boolean" };
    return ["/components/schemas/EmailForward/properties/active"];
  },
};

/** Validation errors map each field to its messages, as the vendor's own example shows. */
const validationErrorsAsMessageLists: SpecFix = {
  name: "validationErrorsAsMessageLists",
  what: "each entry of the 400 body's `errors` map is a list of strings (was an object with `field` and `errors`)",
  why: 'the vendor\'s own example and the live API send `{ "name": ["can\'t be blank"] }`; the declared object shape matches no real answer',
  apply(doc) {
    const components = isObject(doc.components) ? doc.components : undefined;
    const responses =
      components && isObject(components.responses) ? components.responses : undefined;
    const response = responses && isObject(responses["400"]) ? responses["400"] : undefined;
    const content = response && isObject(response.content) ? response.content : undefined;
    const json =
      content && isObject(content["application/json"]) ? content["application/json"] : undefined;
    const schema = json && isObject(json.schema) ? json.schema : undefined;
    const properties = schema && isObject(schema.properties) ? schema.properties : undefined;
    const errors = properties && isObject(properties.errors) ? properties.errors : undefined;
    const entry =
      errors && isObject(errors.additionalProperties) ? errors.additionalProperties : undefined;
    if (!errors || !entry || entry.type !== "object") return [];
    errors.additionalProperties = { type: "array", items: { type: "string" } };
    return [
      "/components/responses/400/content/application~1json/schema/properties/errors/additionalProperties",
    ];
  },
};

/** The fixes DNSimple needs, in the order they run. */
export const adoptFixes: ProviderFixes = {
  beforeNormalise: [],
  afterNormalise: [
    jsonForWildcardMediaTypes,
    declareEmailForwardActive,
    validationErrorsAsMessageLists,
    ...dnsimpleRecordedFixes,
    declareBinaryBodies,
    openTokenEndpoints(["oauthToken"]),
    deriveMissingOperationIds,
    declareUsedTags,
  ],
};
