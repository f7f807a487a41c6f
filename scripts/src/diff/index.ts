// The spec comparison engine shared by `specs:diff` and the conformance test.
export type { Bump } from "./bump.js";
export { bumpFor } from "./bump.js";
export type { Change, ChangeKind, ChangePointer, Direction, Severity } from "./change-kinds.js";
export { CHANGE_KINDS, isChangeKind, severityOf } from "./change-kinds.js";
export type { CompareOptions, DiffResult } from "./compare-documents.js";
export { compareDocuments, compareDocumentsByPlace } from "./compare-documents.js";
export { formatSummary } from "./format-summary.js";
export { subjectOf } from "./subject.js";
