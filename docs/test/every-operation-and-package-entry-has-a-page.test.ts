// The site covers the specs and the exports maps: a page per operation (method, path, auth, example)
// and an API page per package entry, all reachable from the index.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { packageEntryPoints } from "../src/entry-points.js";
import { escapeHtml } from "../src/html.js";
import { readProviderSpec } from "../src/operation-model.js";
import { providerExamples } from "../src/providers.js";
import { schemaAnchor } from "../src/render-fields.js";
import { componentSchemaNames } from "../src/render-schemas.js";
import { repoRoot, siteDir } from "../src/site-paths.js";

const read = (file: string) => readFile(path.join(siteDir, file), "utf8");

it("has a page per operation with its method, path, auth and the example file's exact text", async () => {
  const index = await read("index.html");
  for (const provider of providerExamples) {
    expect(index).toContain(`href="operations/${provider.provider}/index.html"`);
    const spec = await readProviderSpec(
      path.join(repoRoot, "specs", provider.provider, "openapi.yaml"),
    );
    const list = await read(`operations/${provider.provider}/index.html`);
    for (const op of spec.operations) {
      expect(list).toContain(`href="${op.operationId}.html"`);
      const html = await read(`operations/${provider.provider}/${op.operationId}.html`);
      const example = await read(`operations/${provider.provider}/examples/${op.operationId}.ts`);
      expect(example).toContain(`await ${provider.client}.op.${op.operationId}(`);
      expect(html).toContain(
        `<pre id="example"><code class="language-ts">${escapeHtml(example)}</code></pre>`,
      );
      expect(html).toContain(
        `<span class="method">${op.method}</span> <code>${escapeHtml(op.path)}</code>`,
      );
      expect(html).toContain('<h2 id="auth">Auth</h2>');
      for (const alternative of op.security) {
        for (const scheme of alternative)
          expect(html).toContain(`<code>${escapeHtml(scheme.scheme)}</code>`);
      }
      for (const param of op.parameters)
        expect(html).toContain(
          `<td><code>${escapeHtml(param.name)}</code></td><td>${param.in}</td>`,
        );
      for (const response of op.responses)
        expect(html).toContain(`id="status-${escapeHtml(response.status)}"`);
    }
  }
});

it("has a section per component schema that operation pages link to", async () => {
  for (const provider of providerExamples) {
    const spec = await readProviderSpec(
      path.join(repoRoot, "specs", provider.provider, "openapi.yaml"),
    );
    const names = componentSchemaNames(spec);
    expect(names.length).toBeGreaterThan(10);
    const html = await read(`operations/${provider.provider}/schemas.html`);
    for (const name of names) expect(html).toContain(`<h2 id="${escapeHtml(schemaAnchor(name))}">`);
  }
  const page = await read("operations/dnsimple/createZoneRecord.html");
  expect(page).toContain('<a href="schemas.html#schema-ZoneRecordType">ZoneRecordType</a>');
});

it("lists an API page for every entry of every package's exports map", async () => {
  const index = await read("index.html");
  const entries = await packageEntryPoints();
  expect(entries.length).toBeGreaterThanOrEqual(6);
  for (const entry of entries) {
    const link = new RegExp(`<a href="(api/[^"]+)"><code>${entry.specifier}</code></a>`).exec(
      index,
    );
    expect(link, entry.specifier).not.toBeNull();
    const page = await read(link![1]!);
    expect(page).toContain(entry.specifier);
  }
});
