// What a provider's `specs/<name>/adopt-fixes.ts` builds its fixes from (`@provider-clients/scripts/specs/adopt-fixes`).
export { isObject, type OpenApiDocument } from "../../../openapi/load.js";
export { childPointer, pointerTokens, resolveLocalRef } from "../json-pointer.js";
export { listOperations, type OperationEntry, operationLabel } from "../operations.js";
export type { SpecFix } from "../spec-fix.js";
export { type NodeKind, type OpenApiVisitor, walkOpenApi } from "../walk-openapi.js";
export {
  componentSchema,
  declareBinaryBodies,
  declareUsedTags,
  deriveMissingOperationIds,
  discriminateFamilyBases,
  discriminateUnions,
  jsonForWildcardMediaTypes,
  openTokenEndpoints,
  operationIdFor,
  pinMemberTags,
  type UnionFamily,
} from "./common.js";
export type { ProviderFixes } from "./provider-fixes.js";
export {
  allowNull,
  declareStatus,
  type EvidenceFix,
  notRequired,
  propertySchema,
  replaceAt,
} from "./recorded-answer-fixes.js";
