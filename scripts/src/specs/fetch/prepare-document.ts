// Turns downloaded text into a checked, normalised OpenAPI 3 document ready to cache.
import { assertOpenApi3, parseDocumentText, SpecError } from "../../openapi/load.js";
import { findUnresolvedRefs } from "../../openapi/resolve-refs.js";
import { serializeDocument } from "../adopt/serialize-document.js";
import { sortKeys } from "../adopt/sort-keys.js";
import { convertSwagger2, isSwagger2 } from "./convert-swagger2.js";

/** A fetched document after conversion and normalisation. */
export interface PreparedDocument {
  yaml: string;
  openapiVersion: string;
  infoVersion: string;
  convertedFromSwagger2: boolean;
}

/** Parses, converts Swagger 2.0, validates and normalises `text`; throws SpecError naming `source`. */
export async function prepareDocument(
  text: string,
  source: string,
  contentType = "",
): Promise<PreparedDocument> {
  if (/text\/html/i.test(contentType))
    throw new SpecError(source, "", "got an HTML page, not an OpenAPI document");
  let doc = parseDocumentText(text, source);
  const converted = isSwagger2(doc);
  if (converted) doc = await convertSwagger2(doc, source);
  assertOpenApi3(doc, source);
  const unresolved = findUnresolvedRefs(doc, source);
  if (unresolved.length > 0) throw unresolved[0]!;
  sortKeys(doc);
  const info = doc.info as Record<string, unknown>;
  return {
    yaml: serializeDocument(doc),
    openapiVersion: String(doc.openapi),
    infoVersion: String(info.version ?? ""),
    convertedFromSwagger2: converted,
  };
}
