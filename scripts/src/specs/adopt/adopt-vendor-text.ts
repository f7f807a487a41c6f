// Adopts a vendor document from its raw text, recording text-level repairs such as a byte-order mark.
import { parseDocumentText } from "../../openapi/load.js";
import { type AdoptedDocument, adoptVendorDocument } from "./adopt-vendor-document.js";
import type { ProviderFixes } from "./fixes/provider-fixes.js";
import type { ProseOverlay } from "./prose-overlay.js";

const BYTE_ORDER_MARK = {
  name: "dropByteOrderMark",
  what: "leading UTF-8 byte-order mark removed",
  why: "JSON forbids a byte-order mark, so strict parsers reject the file",
  where: ["(first bytes of the file)"],
} as const;

/** Parses (BOM tolerated and reported) and adopts a vendor document. */
export function adoptVendorText(
  text: string,
  file: string,
  provider: string,
  fixes: ProviderFixes,
  prose: ProseOverlay,
): AdoptedDocument {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const adopted = adoptVendorDocument(parseDocumentText(text, file), provider, fixes, prose);
  if (!hadBom) return adopted;
  return { document: adopted.document, differences: [BYTE_ORDER_MARK, ...adopted.differences] };
}
