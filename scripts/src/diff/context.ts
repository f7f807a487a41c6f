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
export type RelativeChange = Omit<Change, "operation" | "operations">;

/** Everything a comparison rule needs; rules only ever append to `changes`. */
export interface DiffContext {
  old: Side;
  new: Side;
  /** One change per place it shows; grouped into entries at the end. */
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

/** Where the changed node lives in each document and its value before and after. */
export interface Facts {
  old?: string | null;
  new?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records one change with the severity the kind table gives it for this direction. */
export function report(
  scope: Scope,
  kind: ChangeKind,
  location: string,
  message: string,
  facts: Facts = {},
): void {
  scope.ctx.changes.push({
    kind,
    severity: severityOf(kind, scope.direction),
    operation: scope.operation,
    location,
    pointer: { old: facts.old ?? null, new: facts.new ?? null },
    before: facts.before ?? null,
    after: facts.after ?? null,
    operations: scope.operation ? [scope.operation] : [],
    message,
    advice: null,
  });
}

/** Facts naming two canonical schemas (or any nodes with a pointer) and their before/after values. */
export function between(
  before: { pointer: string } | undefined,
  after: { pointer: string } | undefined,
  values: { before?: unknown; after?: unknown } = {},
): Facts {
  return { old: before?.pointer ?? null, new: after?.pointer ?? null, ...values };
}

/** Appends a segment to a slash-separated location. */
export function at(location: string, ...segments: Array<string | number>): string {
  return [location, ...segments.map(String)].filter((part) => part !== "").join("/");
}

/** Short, stable text for a value in messages. */
export function show(value: unknown): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}
