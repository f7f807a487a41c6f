// The site's front page: every package entry's API page and every provider's operation reference.
import type { ApiEntryPage } from "./api-reference.js";
import { escapeHtml, page } from "./html.js";
import type { ProviderExample } from "./providers.js";

/** One provider's operation reference as the index lists it. */
export interface OperationIndexEntry {
  provider: ProviderExample;
  operations: number;
}

/** Renders `index.html` at the site root. */
export function renderSiteIndex(api: ApiEntryPage[], operations: OperationIndexEntry[]): string {
  const apiRows = api.map(
    (entry) =>
      `<li><a href="api/${entry.url}"><code>${escapeHtml(entry.specifier)}</code></a></li>`,
  );
  const operationRows = operations.map(
    ({ provider, operations: count }) =>
      `<li><a href="operations/${provider.provider}/index.html">${escapeHtml(provider.title)}</a>: ${count} operations (<code>${escapeHtml(provider.packageName)}</code>)</li>`,
  );
  return page({
    title: "provider-clients reference",
    root: "",
    body: `<h1>provider-clients reference</h1>
<h2 id="operations">Operations by provider</h2>
<p>Generated from our specs: method, path, auth, parameters, request and response types and a <code>client.op.&lt;operationId&gt;()</code> example for each operation.</p>
<ul id="providers">
${operationRows.join("\n")}
</ul>
<h2 id="api">API reference</h2>
<p>The public API of every package entry (<a href="api/index.html">all of it</a>), rendered by TypeDoc.</p>
<ul id="packages">
${apiRows.join("\n")}
</ul>`,
  });
}
