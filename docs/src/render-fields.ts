// Types and field tables as HTML, each component name linking to its section on the schemas page.
import { escapeHtml } from "./html.js";
import type { ProviderSpec, Schema } from "./operation-model.js";
import { type SummaryFormat, summarize } from "./schema-summary.js";

/** The id of a component schema's section on `schemas.html`. */
export function schemaAnchor(name: string): string {
  return `schema-${name}`;
}

/** HTML where every component name links to `schemas.html#schema-<name>` (same folder). */
export const linkedHtml: SummaryFormat = {
  name: (name) =>
    `<a href="schemas.html#${encodeURIComponent(schemaAnchor(name))}">${escapeHtml(name)}</a>`,
  text: escapeHtml,
};

/** A schema's one-line type as linked HTML inside `<code>`. */
export function typeHtml(schema: Schema | undefined, depth = 0): string {
  return `<code>${summarize(schema, depth, linkedHtml)}</code>`;
}

/** The top-level fields of a schema (refs followed) as a table; empty when it has none. */
export function fieldsTable(spec: ProviderSpec, schema: Schema | undefined): string {
  if (!schema) return "";
  const resolved = spec.resolver.follow(schema, "").value as Schema;
  const properties = (resolved.properties ?? {}) as Record<string, Schema>;
  const required = new Set(Array.isArray(resolved.required) ? (resolved.required as string[]) : []);
  const rows = Object.entries(properties).map(([name, raw]) => {
    const property = spec.resolver.follow(raw, "").value as Schema;
    const description = typeof property.description === "string" ? property.description : "";
    const flags = [
      required.has(name) ? "required" : "",
      property.readOnly === true ? "read-only" : "",
    ]
      .filter(Boolean)
      .join(", ");
    return `<tr><td><code>${escapeHtml(name)}</code></td><td>${typeHtml(raw, 1)}</td><td>${flags}</td><td>${escapeHtml(description)}</td></tr>`;
  });
  if (rows.length === 0) return "";
  return `<table>\n<thead><tr><th>field</th><th>type</th><th></th><th>description</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}
