// A provider's component schemas on one page, a section each, so the operation pages can link to them.

import { isObject } from "@provider-clients/scripts/openapi/load";
import { escapeHtml, page, paragraphs } from "./html.js";
import type { ProviderSpec, Schema } from "./operation-model.js";
import type { ProviderExample } from "./providers.js";
import { fieldsTable, schemaAnchor, typeHtml } from "./render-fields.js";

/** The component schema names of a spec, sorted. */
export function componentSchemaNames(spec: ProviderSpec): string[] {
  const components = isObject(spec.doc.components) ? spec.doc.components : {};
  return Object.keys(isObject(components.schemas) ? components.schemas : {}).sort();
}

/** Renders `operations/<provider>/schemas.html`. */
export function renderSchemas(provider: ProviderExample, spec: ProviderSpec): string {
  const sections = componentSchemaNames(spec).map((name) => {
    const ref = { $ref: `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}` };
    const schema = spec.resolver.follow(ref, "").value as Schema;
    const description = typeof schema.description === "string" ? schema.description : "";
    return [
      `<h2 id="${escapeHtml(schemaAnchor(name))}"><code>${escapeHtml(name)}</code></h2>`,
      paragraphs(description),
      `<p>${typeHtml(schema)}<br>TypeScript: <code>${escapeHtml(`components["schemas"][${JSON.stringify(name)}]`)}</code></p>`,
      fieldsTable(spec, schema),
    ]
      .filter((part) => part !== "")
      .join("\n");
  });
  return page({
    title: `${provider.title} schemas`,
    root: "../../",
    body: `<h1>${escapeHtml(provider.title)} schemas</h1>
<p>Every schema of <code>specs/${provider.provider}/openapi.yaml</code>, importable as <code>components["schemas"][name]</code> from <code>${escapeHtml(provider.packageName)}</code> (<a href="index.html">operations</a>).</p>
${sections.join("\n")}`,
  });
}
