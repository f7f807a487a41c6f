// Compares a `content` map (media type -> schema) of a request body or response.
//
// openapi-fetch types a body as the union of every media type's schema and reads and writes JSON
// unless told otherwise, so JSON media types and wildcards (`*/*`, `application/*`) describe one
// body: they are paired and their schemas compared, never reported as one removed and one added.
import { collectExamples } from "../openapi/canonical-schema.js";
import { isObject } from "../openapi/load.js";
import { joinPointer } from "../openapi/resolve-refs.js";
import type { ChangeKind } from "./change-kinds.js";
import { at, report, type Scope } from "./context.js";
import { compareDocs } from "./docs.js";
import { compareSchema } from "./schema/compare-schema.js";

/** A content map and where it lives. */
export interface ContentAt {
  content: unknown;
  pointer: string;
}

interface MediaAt {
  /** The media type as written in the document. */
  type: string;
  media: Record<string, unknown>;
  pointer: string;
}

const JSON_BODY = "(json body)";

/** Reports media types added or removed (with the given kinds) and walks common ones' schemas. */
export function compareContent(
  scope: Scope,
  before: ContentAt,
  after: ContentAt,
  location: string,
  kinds: { added: ChangeKind; removed: ChangeKind },
): void {
  const from = mediaTypes(before);
  const to = mediaTypes(after);
  for (const key of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const old = from.get(key);
    const now = to.get(key);
    const here = at(location, (now ?? old)!.type);
    if (old && now) {
      compareDocs(
        scope,
        { examples: collectExamples(old.media) },
        { examples: collectExamples(now.media) },
        here,
        { old: old.pointer, new: now.pointer },
      );
      compareSchema(
        scope,
        { schema: old.media.schema ?? {}, pointer: joinPointer(old.pointer, "schema") },
        { schema: now.media.schema ?? {}, pointer: joinPointer(now.pointer, "schema") },
        here,
      );
    } else if (now) {
      report(scope, kinds.added, here, `media type ${now.type} added`, {
        old: before.pointer,
        new: now.pointer,
        after: now.type,
      });
    } else if (old) {
      report(scope, kinds.removed, here, `media type ${old.type} removed`, {
        old: old.pointer,
        new: after.pointer,
        before: old.type,
      });
    }
  }
}

/** True for media types openapi-fetch reads and writes as the same JSON body. */
function isJsonBody(type: string): boolean {
  const bare = normalise(type);
  return (
    bare === "*/*" ||
    bare === "application/*" ||
    bare === "application/json" ||
    /^application\/[\w.+-]+\+json$/.test(bare)
  );
}

// Media type names are case-insensitive and may carry parameters (`; charset=utf-8`).
function normalise(type: string): string {
  return type.toLowerCase().split(";")[0]!.trim();
}

// Keyed by bare media type; every JSON-like type shares one key, preferring application/json.
function mediaTypes(at: ContentAt): Map<string, MediaAt> {
  const out = new Map<string, MediaAt>();
  if (!isObject(at.content)) return out;
  for (const [type, media] of Object.entries(at.content)) {
    const entry = {
      type,
      media: isObject(media) ? media : {},
      pointer: joinPointer(at.pointer, "content", type),
    };
    const key = isJsonBody(type) ? JSON_BODY : normalise(type);
    const held = out.get(key);
    if (!held || (key === JSON_BODY && normalise(type) === "application/json")) out.set(key, entry);
  }
  return out;
}
