// Compares a `content` map (media type -> schema) of a request body or response.
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
  for (const type of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const here = at(location, type);
    const old = from.get(type);
    const now = to.get(type);
    if (old && now) {
      compareDocs(
        scope,
        { examples: collectExamples(old.media) },
        { examples: collectExamples(now.media) },
        here,
      );
      compareSchema(
        scope,
        { schema: old.media.schema ?? {}, pointer: joinPointer(old.pointer, "schema") },
        { schema: now.media.schema ?? {}, pointer: joinPointer(now.pointer, "schema") },
        here,
      );
    } else if (now) report(scope, kinds.added, here, `media type ${type} added`);
    else report(scope, kinds.removed, here, `media type ${type} removed`);
  }
}

// Media type names are case-insensitive and may differ in spacing around parameters.
function mediaTypes(
  at: ContentAt,
): Map<string, { media: Record<string, unknown>; pointer: string }> {
  const out = new Map<string, { media: Record<string, unknown>; pointer: string }>();
  if (!isObject(at.content)) return out;
  for (const [type, media] of Object.entries(at.content)) {
    const key = type.toLowerCase().replace(/\s+/g, "");
    out.set(key, {
      media: isObject(media) ? media : {},
      pointer: joinPointer(at.pointer, "content", type),
    });
  }
  return out;
}
