// Shared state of one comparison: both documents, their resolvers and the changes found so far.
import type { OpenApiDocument } from "../openapi/load.js";
import type { RefResolver } from "../openapi/resolve-refs.js";
import { type Change, type ChangeKind, type Direction, severityOf } from "./change-kinds.js";

/** One of the two documents being compared. */
export interface Side {
  doc: OpenApiDocument;
  resolver: RefResolver;
}

/** A change recorded relative to the schema pair it was found under, for replay elsewhere. */
export type RelativeChange = Omit<Change, "operation">;

/** Everything a comparison rule needs; rules only ever append to `changes`. */
export interface DiffContext {
  old: Side;
  new: Side;
  changes: Change[];
  /** Results of schema pairs already compared in an operation, so shared schemas cost once. */
  memo: Map<string, RelativeChange[]>;
}

/** Where in an operation a rule is looking, and which way its schemas travel. */
export interface Scope {
  ctx: DiffContext;
  operation: string;
  direction: Direction;
}

/** Records one change with the severity the kind table gives it for this direction. */
export function report(scope: Scope, kind: ChangeKind, location: string, message: string): void {
  scope.ctx.changes.push({
    kind,
    severity: severityOf(kind, scope.direction),
    operation: scope.operation,
    location,
    message,
  });
}

/** Appends a segment to a slash-separated location. */
export function at(location: string, ...segments: Array<string | number>): string {
  return [location, ...segments.map(String)].filter((part) => part !== "").join("/");
}

/** Short, stable text for a value in messages. */
export function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
