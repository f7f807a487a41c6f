// DNSimple: where the vendor document is wrong, and how ours differs from it.
import { isObject } from "../../../openapi/load.js";
import type { SpecFix } from "../spec-fix.js";
import {
  componentSchema,
  declareBinaryBodies,
  declareUsedTags,
  deriveMissingOperationIds,
  jsonForWildcardMediaTypes,
  openTokenEndpoints,
} from "./common.js";
import type { ProviderFixes } from "./provider-fixes.js";

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

/** The fixes DNSimple needs, in the order they run. */
export const dnsimpleFixes: ProviderFixes = {
  beforeNormalise: [],
  afterNormalise: [
    jsonForWildcardMediaTypes,
    declareEmailForwardActive,
    declareBinaryBodies,
    openTokenEndpoints(["oauthToken"]),
    deriveMissingOperationIds,
    declareUsedTags,
  ],
};
