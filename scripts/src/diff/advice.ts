// Says, in plain words, what a client user changes in their code for each breaking change, quoting
// the old document's own deprecation note where it has one.
import { isObject, type OpenApiDocument } from "../openapi/load.js";
import { resolveLocalRef } from "../specs/adopt/json-pointer.js";
import type { Change, ChangeKind } from "./change-kinds.js";
import { subjectOf } from "./subject.js";

/** Both documents, for operation names and the vendor's own hints. */
export interface AdviceDocs {
  old: OpenApiDocument;
  new: OpenApiDocument;
}

interface Words {
  /** Backticked name of the changed thing. */
  it: string;
  /** The operations reached, by operationId where there is one. */
  ops: string;
  before: string;
  after: string;
  change: Change;
  docs: AdviceDocs;
}

type Advise = (w: Words) => string;

const ADVICE: Partial<Record<ChangeKind, Advise>> = {
  "operation-removed": (w) => `Stop calling ${w.ops}: the API no longer has it.`,
  "operation-id-changed": (w) =>
    `Call \`${w.after}\` instead of \`${w.before}\` (same method and path).`,
  "operation-id-removed": (w) =>
    `\`${w.before}\` has no operationId any more: call it by method and path (\`${w.change.operation}\`).`,
  "parameter-added-required": (w) => `Pass the new required parameter ${w.it} to ${w.ops}.`,
  "parameter-removed": (w) => `Stop passing ${w.it} to ${w.ops}: the API no longer takes it.`,
  "parameter-made-required": (w) => `Always pass ${w.it} to ${w.ops}: it is now required.`,
  "parameter-serialization-changed": (w) =>
    `${w.it} is now written as ${w.after} (was ${w.before}); if you build the URL yourself, follow the new form.`,
  "request-body-added-required": (w) => `Send a request body with ${w.ops}.`,
  "request-body-removed": (w) => `Stop sending a request body with ${w.ops}.`,
  "request-body-made-required": (w) => `Always send a request body with ${w.ops}.`,
  "request-media-type-removed": (w) =>
    `Stop sending ${w.before} bodies to ${w.ops}; send one of the media types it still accepts.`,
  "request-property-added-required": (w) => `Send ${w.it} in the body of ${w.ops}.`,
  "request-property-removed": (w) => `Stop sending ${w.it} in the body of ${w.ops}.`,
  "request-property-made-required": (w) => `Always send ${w.it} in the body of ${w.ops}.`,
  "request-made-non-nullable": (w) => `Stop sending null for ${w.it} in ${w.ops}.`,
  "response-status-removed": (w) =>
    `${w.ops} no longer answers ${w.before}: drop the code that handles that status and check which status it answers now.`,
  "response-media-type-removed": (w) =>
    `${w.ops} no longer answers with ${w.before}: read the body in one of the remaining media types.`,
  "response-header-removed": (w) =>
    `Stop reading the ${w.before} header of ${w.ops}: it is no longer sent.`,
  "response-property-removed": (w) =>
    `Stop reading ${w.it} from ${w.ops}: it is no longer returned.`,
  "response-property-made-optional": (w) =>
    `${w.it} may now be missing in ${w.ops}: check for undefined before using it.`,
  "response-made-nullable": (w) =>
    `${w.it} is now ${typeWithNull(w)}: handle null where you read it.`,
  "type-changed": (w) =>
    `${w.it} is now ${w.after} (was ${w.before}): update code that sends or reads it.`,
  "type-narrowed": (w) =>
    isResponse(w.change)
      ? `${w.it} is now only ${w.after} (was ${w.before}): remove code that handles the other types.`
      : `${w.it} is now only ${w.after} (was ${w.before}): send only that type.`,
  "type-widened": (w) =>
    `${w.it} may now be ${w.after} (was ${w.before}): handle the new types where you read it.`,
  "format-changed": (w) =>
    `${w.it} now has format ${w.after} (was ${w.before}): check how you produce or parse it.`,
  "format-narrowed": (w) => `${w.it} must now be in format ${w.after}: check the values you send.`,
  "format-widened": (w) =>
    `${w.it} may now come in format ${w.after} (was ${w.before}): check how you parse it.`,
  "enum-added": (w) => `${w.it} now takes only ${w.after}: send one of these values.`,
  "enum-removed": (w) =>
    `${w.it} is no longer limited to ${w.before}: handle any value where you read it.`,
  "enum-value-added": (w) =>
    `Handle new values of ${w.it} (${listDiff(w.change.after, w.change.before)}): add cases to switches and keep a default branch.`,
  "enum-value-removed": (w) =>
    w.change.severity === "breaking" && isResponse(w.change)
      ? `${w.it} no longer takes ${listDiff(w.change.before, w.change.after)}: remove comparisons and cases for these values.`
      : `Stop sending ${listDiff(w.change.before, w.change.after)} for ${w.it}.`,
  "constraint-tightened": (w) =>
    `Values you send for ${w.it} must now meet ${w.change.message.split(" ")[0]} ${w.after}.`,
  "additional-properties-disallowed": (w) => `Send only the declared properties of ${w.it}.`,
  "union-introduced": (w) => `${w.it} is now ${w.after}: narrow it before use.`,
  "union-dropped": (w) =>
    `${w.it} is no longer ${w.before}: read it as the single shape it now has.`,
  "union-member-added": (w) => `${w.it} may now be ${w.after}: handle that case where you read it.`,
  "union-member-removed": (w) =>
    `${w.it} is no longer ${w.before}: remove code that builds or expects that case.`,
  "discriminator-removed": (w) =>
    `${w.it} is no longer tagged by ${w.before}: narrow it by its properties instead.`,
  "discriminator-changed": (w) =>
    `${w.it} is now tagged by ${w.after} (was ${w.before}): switch on the new property.`,
  "callback-removed": (w) =>
    `${w.ops} no longer calls your ${w.before} webhook: retire that handler.`,
  "security-tightened": (w) =>
    `Authenticate ${w.ops} with ${w.after}; ${w.before} alone is no longer enough.`,
};

/** Advice for a breaking change (null for the rest), with the old document's deprecation note quoted. */
export function adviceFor(change: Change, docs: AdviceDocs): string | null {
  if (change.severity !== "breaking") return null;
  const words: Words = {
    it: `\`${subjectOf(change.pointer, change.location)}\``,
    ops: operationNames(change.operations, docs),
    before: text(change.before),
    after: text(change.after),
    change,
    docs,
  };
  const advise = ADVICE[change.kind];
  const said = advise ? advise(words) : `Check ${words.it} in ${words.ops}: ${change.message}.`;
  const oldHint = vendorHint(change.pointer.old, docs.old);
  if (oldHint) return `${said} The old document says: "${oldHint}"`;
  const newHint = vendorHint(change.pointer.new, docs.new);
  return newHint ? `${said} The new document says: "${newHint}"` : said;
}

// Responses and callback bodies are read by the client; everything else is sent.
function isResponse(change: Change): boolean {
  return (
    change.location.startsWith("responses") || /^callbacks\/.*\/requestBody/.test(change.location)
  );
}

function text(value: unknown): string {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(" or ");
  if (typeof value === "string") return value;
  return JSON.stringify(value ?? null);
}

// Values in `list` missing from `other`, for enum advice.
function listDiff(list: unknown, other: unknown): string {
  const have = new Set((Array.isArray(other) ? other : []).map((v) => JSON.stringify(v)));
  const values = (Array.isArray(list) ? list : []).filter((v) => !have.has(JSON.stringify(v)));
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function typeWithNull(w: Words): string {
  const node = nodeAt(w.docs.new, w.change.pointer.new);
  const type = isObject(node) ? node.type : undefined;
  const names = (Array.isArray(type) ? type : type === undefined ? [] : [type]).filter(
    (t) => t !== "null",
  );
  return names.length > 0 ? `\`${names.join(" | ")} | null\`` : "nullable";
}

// `getThing`, `listThings` and 3 more; `METHOD /path` where there is no operationId.
function operationNames(operations: readonly string[], docs: AdviceDocs): string {
  if (operations.length === 0) return "every operation";
  const names = operations.map((key) => `\`${operationId(key, docs) ?? key}\``);
  if (names.length === 1) return names[0]!;
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

function operationId(key: string, docs: AdviceDocs): string | undefined {
  const space = key.indexOf(" ");
  const method = key.slice(0, space).toLowerCase();
  const path = key.slice(space + 1);
  for (const doc of [docs.old, docs.new]) {
    const item = isObject(doc.paths) ? doc.paths[path] : undefined;
    const op = isObject(item) ? item[method] : undefined;
    if (isObject(op) && typeof op.operationId === "string") return op.operationId;
  }
  return undefined;
}

/** A document's own words about a deprecation of the node at `pointer`, if it has any. */
function vendorHint(pointer: string | null, doc: OpenApiDocument): string | undefined {
  const node = nodeAt(doc, pointer);
  if (!isObject(node)) return undefined;
  const prose = [node.description, node.summary].filter((t): t is string => typeof t === "string");
  for (const words of prose) {
    const sentence = words
      .split(/(?<=[.!?])\s+|\n+/)
      .find((part) => /deprecat|in favou?r of|use .+ instead/i.test(part));
    if (sentence) return shorten(sentence.trim());
  }
  if (node.deprecated === true && prose[0]) return shorten(`(deprecated) ${prose[0].trim()}`);
  return undefined;
}

function shorten(sentence: string, max = 240): string {
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1)}…`;
}

/** The node a JSON pointer names in a document, or undefined. */
function nodeAt(doc: OpenApiDocument, pointer: string | null): unknown {
  if (pointer === null || pointer.includes(" & ")) return undefined;
  return resolveLocalRef(doc, `#${pointer}`);
}
