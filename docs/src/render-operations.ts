// The operation reference of one provider: an index page and a page per operation.
import { escapeHtml, page, paragraphs } from "./html.js";
import { operationExample } from "./operation-example.js";
import type { ContentDoc, OperationDoc, ProviderSpec, SecurityDoc } from "./operation-model.js";
import type { ProviderExample } from "./providers.js";
import { fieldsTable, typeHtml } from "./render-fields.js";
import { renderSchemas } from "./render-schemas.js";
import { requestBodyType, responseType } from "./type-names.js";

/** File name (relative to the site root) -> content, for one provider's operation reference. */
export function renderOperations(
  provider: ProviderExample,
  spec: ProviderSpec,
): Map<string, string> {
  const dir = `operations/${provider.provider}`;
  const files = new Map<string, string>();
  files.set(`${dir}/index.html`, renderIndex(provider, spec));
  files.set(`${dir}/schemas.html`, renderSchemas(provider, spec));
  for (const operation of spec.operations) {
    const example = operationExample(provider, spec, operation);
    files.set(`${dir}/examples/${operation.operationId}.ts`, example);
    files.set(
      `${dir}/${operation.operationId}.html`,
      renderOperation(provider, spec, operation, example),
    );
  }
  return files;
}

function renderIndex(provider: ProviderExample, spec: ProviderSpec): string {
  const rows = spec.operations.map(
    (op) =>
      `<tr><td class="method">${op.method}</td><td><code>${escapeHtml(op.path)}</code></td>` +
      `<td><a href="${op.operationId}.html"><code>${op.operationId}</code></a>${op.deprecated ? ' <span class="deprecated">deprecated</span>' : ""}</td>` +
      `<td>${escapeHtml(op.summary)}</td></tr>`,
  );
  return page({
    title: `${provider.title} operations`,
    root: "../../",
    body: `<h1>${escapeHtml(provider.title)} operations</h1>
<p>${escapeHtml(spec.title)} ${escapeHtml(spec.version)}, from <code>specs/${provider.provider}/openapi.yaml</code>: ${spec.operations.length} operations, each callable as <code>${provider.client}.op.&lt;operationId&gt;()</code> on a client from <code>${provider.factory}</code> (<a href="schemas.html">schemas</a>, <a href="../../api/index.html">API reference</a>).</p>
<table id="operations">
<thead><tr><th>method</th><th>path</th><th>operationId</th><th>summary</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`,
  });
}

function renderOperation(
  provider: ProviderExample,
  spec: ProviderSpec,
  op: OperationDoc,
  example: string,
): string {
  const sections = [
    `<h1><code>${op.operationId}</code></h1>`,
    `<p id="endpoint"><span class="method">${op.method}</span> <code>${escapeHtml(op.path)}</code>${op.deprecated ? ' <span class="deprecated">deprecated</span>' : ""}</p>`,
    op.summary ? `<p><strong>${escapeHtml(op.summary)}</strong></p>` : "",
    paragraphs(op.description),
    `<h2 id="auth">Auth</h2>\n${renderSecurity(op.security)}`,
    `<h2 id="parameters">Parameters</h2>\n${renderParameters(op)}`,
    `<h2 id="request">Request body</h2>\n${renderRequest(spec, op)}`,
    `<h2 id="responses">Responses</h2>\n${renderResponses(spec, op)}`,
    `<h2 id="example-heading">Example</h2>`,
    `<pre id="example"><code class="language-ts">${escapeHtml(example)}</code></pre>`,
    `<p><a href="examples/${op.operationId}.ts">${op.operationId}.ts</a> · types from <code>import type { components, paths } from "${provider.packageName}"</code> · <a href="index.html">all ${escapeHtml(provider.title)} operations</a> · <a href="schemas.html">schemas</a></p>`,
  ];
  return page({
    title: `${op.operationId} · ${provider.title}`,
    root: "../../",
    body: sections.filter((s) => s !== "").join("\n"),
  });
}

function renderSecurity(security: SecurityDoc[][]): string {
  if (security.length === 0 || security.every((alt) => alt.length === 0)) {
    return "<p>None: the call is sent without credentials.</p>";
  }
  const items = security.map((alternative) =>
    alternative.length === 0
      ? "<li>none</li>"
      : `<li>${alternative
          .map(
            (s) =>
              `<code>${escapeHtml(s.scheme)}</code>: ${escapeHtml(s.description)}${s.scopes.length ? ` (scopes: ${s.scopes.map(escapeHtml).join(", ")})` : ""}`,
          )
          .join(" and ")}</li>`,
  );
  return `<p>Any one of:</p>\n<ul>\n${items.join("\n")}\n</ul>`;
}

function renderParameters(op: OperationDoc): string {
  if (op.parameters.length === 0) return "<p>None.</p>";
  const rows = op.parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td>` +
      `<td>${typeHtml(p.schema)}</td><td>${escapeHtml(p.description)}</td></tr>`,
  );
  return `<table>\n<thead><tr><th>name</th><th>in</th><th>required</th><th>type</th><th>description</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
}

function renderRequest(spec: ProviderSpec, op: OperationDoc): string {
  const body = op.requestBody;
  if (!body) return "<p>None.</p>";
  const parts = [
    `<p>${body.required ? "Required" : "Optional"}.</p>`,
    paragraphs(body.description),
  ];
  for (const content of body.content) {
    parts.push(renderContent(spec, content, requestBodyType(op, content)));
  }
  return parts.filter((p) => p !== "").join("\n");
}

function renderResponses(spec: ProviderSpec, op: OperationDoc): string {
  return op.responses
    .map((response) => {
      const parts = [
        `<h3 id="status-${escapeHtml(response.status)}">${escapeHtml(response.status)}</h3>`,
        paragraphs(response.description),
      ];
      if (response.content.length === 0) parts.push("<p>No body.</p>");
      for (const content of response.content) {
        parts.push(renderContent(spec, content, responseType(op, response.status, content)));
      }
      return parts.filter((p) => p !== "").join("\n");
    })
    .join("\n");
}

// Content type, the TypeScript type to import, and the top-level fields of the schema.
function renderContent(spec: ProviderSpec, content: ContentDoc, typeName: string): string {
  const head = `<p><code>${escapeHtml(content.contentType)}</code>: ${typeHtml(content.schema)}<br>TypeScript: <code>${escapeHtml(typeName)}</code></p>`;
  const fields = fieldsTable(spec, content.schema);
  return fields === "" ? head : `${head}\n${fields}`;
}
