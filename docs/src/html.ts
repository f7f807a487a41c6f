// The page shell and escaping every hand-rendered page of the site shares.

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Text from the spec as paragraphs (blank lines split them), escaped. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== "")
    .map((part) => `<p>${escapeHtml(part.trim())}</p>`)
    .join("\n");
}

/** A whole page; `root` is the relative path back to the site root (e.g. `../../`). */
export function page(options: { title: string; root: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${options.root}reference.css">
</head>
<body>
<nav><a href="${options.root}index.html">provider-clients reference</a> · <a href="${options.root}api/index.html">API</a></nav>
<main>
${options.body}
</main>
</body>
</html>
`;
}

/** The stylesheet of the hand-rendered pages. */
export const stylesheet = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; }
nav { padding: 0.6rem 1.5rem; background: #f2f4f7; border-bottom: 1px solid #d8dde3; }
main { max-width: 60rem; padding: 1rem 1.5rem 3rem; }
code, pre { font: 14px/1.45 ui-monospace, monospace; }
h1 code { font-size: 1.6rem; }
h2 code { font-size: 1.3rem; }
pre { background: #f6f8fa; padding: 0.8rem 1rem; overflow-x: auto; border-radius: 4px; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #d8dde3; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
.method { font-weight: 600; }
.deprecated { color: #a0301c; }
`;
