// The docs page at /api/: every route with its parameters, answers, errors and examples in curl, JavaScript
// and Python, generated from the route table that the OpenAPI document is generated from. It is plain HTML
// with one inline stylesheet and no script, so its Content-Security-Policy allows that stylesheet alone.

import { html, raw } from 'hono/html';
import meta from '../data/meta.json';
import { firstRelease } from '../data/releases';
import type { JsonSchema } from '../data/schema';
import { cacheControl, immutableCacheControl } from './cache-control';
import { apiBase, operations, type Operation } from './operations';
import { problemKinds } from './problem';
import type { QueryParameter } from './query';

const css = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #fff; --muted: #57606a; --line: #d0d7de; --code: #f3f5f7; --link: #0b5cad; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --code: #161b22; --link: #6cb6ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1rem 4rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { margin-top: 2.5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { margin: 2rem 0 .25rem; font-size: 1.15rem; }
h4 { margin: 1rem 0 .25rem; font-size: 1rem; color: var(--muted); }
code, pre { font: .9em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { background: var(--code); padding: .05em .3em; border-radius: 4px; }
pre { background: var(--code); padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
nav ul { columns: 2 16rem; padding-left: 1.2rem; }
td:first-child code { white-space: nowrap; }
.muted { color: var(--muted); }
`;

let stylePolicy: Promise<string> | undefined;

/** The page's Content-Security-Policy: its own stylesheet (by hash) and nothing else. */
export function docsPolicy(): Promise<string> {
  stylePolicy ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)).then((digest) => {
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  });
  return stylePolicy;
}

/** Text with `code` spans, as in the route table's descriptions. */
const prose = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/** How an example reads the answer: as JSON, as CSV rows, as text (Atom) or as bytes (an archive). */
function reading(op: Operation): 'json' | 'csv' | 'text' | 'bytes' {
  const type = op.answer.mediaType;
  return type.includes('json') ? 'json' : type === 'text/csv' ? 'csv' : type === 'application/zip' ? 'bytes' : 'text';
}

/** A body's JSON as a shell argument: in single quotes, each one inside written '\''. */
const shellQuoted = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

const tokenHeader = 'Authorization: Bearer $MAINTAINER_TOKEN';

/** The first download is saved under the server's file name; the others are printed. A body is sent from its example. */
function curl(op: Operation, url: string, first: boolean) {
  if (op.body) {
    const auth = op.auth === 'maintainer' ? ` \\\n  -H "${tokenHeader}"` : '';
    return `curl -si -X ${op.method.toUpperCase()} '${url}'${auth} \\\n  -H 'Content-Type: application/json' \\\n  -d ${shellQuoted(JSON.stringify(op.body.example))}`;
  }
  const saved = reading(op) === 'bytes' ? 'cmaa-atlas-….zip' : 'cmaa-….csv';
  return op.answer.download && first ? `curl -sOJ '${url}'    # saves ${saved}` : `curl -s '${url}'`;
}

function javascript(op: Operation, url: string) {
  const read = {
    json: 'const body = await response.json();',
    csv: 'const text = await response.text();',
    text: 'const text = await response.text();',
    bytes: 'const bytes = await response.arrayBuffer();',
  }[reading(op)];
  const init = op.body
    ? `, {\n  method: ${JSON.stringify(op.method.toUpperCase())},\n  headers: { 'Content-Type': 'application/json'${op.auth === 'maintainer' ? ', Authorization: `Bearer ${process.env.MAINTAINER_TOKEN}`' : ''} },\n  body: JSON.stringify(${JSON.stringify(op.body.example)}),\n}`
    : '';
  return `const response = await fetch(${JSON.stringify(url)}${init});\n${read}\nconsole.log(${op.readout.javascript});`;
}

function python(op: Operation, url: string) {
  const request = op.body
    ? `urllib.request.Request(\n    ${JSON.stringify(url)},\n    method=${JSON.stringify(op.method.toUpperCase())},\n    headers={"Content-Type": "application/json"${op.auth === 'maintainer' ? ', "Authorization": "Bearer " + os.environ["MAINTAINER_TOKEN"]' : ''}},\n    data=json.dumps(${JSON.stringify(op.body.example)}).encode(),\n)`
    : JSON.stringify(url);
  const open = `with urllib.request.urlopen(${request}) as response:`;
  return {
    json: `import json\n${op.auth === 'maintainer' ? 'import os\n' : ''}import urllib.request\n\n${open}\n    body = json.load(response)`,
    csv: `import csv\nimport io\nimport urllib.request\n\n${open}\n    rows = list(csv.DictReader(io.TextIOWrapper(response, encoding="utf-8", newline="")))`,
    text: `import re\nimport urllib.request\n\n${open}\n    text = response.read().decode("utf-8")`,
    bytes: `import urllib.request\n\n${open}\n    data = response.read()`,
  }[reading(op)] + `\nprint(${op.readout.python})`;
}

/** What a body field accepts, from its schema. */
function fieldAccepts(schema: JsonSchema, required: boolean) {
  const parts: ReturnType<typeof html>[] = [];
  const values = schema.enum?.filter((v) => v !== null);
  if (values) parts.push(html`${values.map((v, i) => html`${i ? ', ' : ''}<code>${String(v)}</code>`)}`);
  else if (schema.maxLength) parts.push(html`text, at most ${schema.maxLength} characters`);
  else if (schema.pattern) parts.push(html`matching <code>${schema.pattern}</code>`);
  return html`${parts}<br><span class="muted">${required ? 'required' : 'optional'}</span>`;
}

/** The fields of a request body, nested ones as `contact.name`. */
function bodyTable(schema: JsonSchema) {
  const rows = (properties: Record<string, JsonSchema>, required: readonly string[], prefix = ''): unknown[] =>
    Object.entries(properties).flatMap(([name, field]) =>
      field.properties
        ? [html`<tr><td><code>${prefix}${name}</code></td><td>${prose(field.description ?? '')}</td><td><span class="muted">optional</span></td></tr>`,
          ...rows(field.properties, field.required ?? [], `${prefix}${name}.`)]
        : [html`<tr><td><code>${prefix}${name}</code></td><td>${prose(field.description ?? '')}</td><td>${fieldAccepts(field, required.includes(name))}</td></tr>`],
    );
  return html`<table><thead><tr><th>body field</th><th>meaning</th><th>accepted</th></tr></thead><tbody>${rows(schema.properties!, schema.required ?? [])}</tbody></table>`;
}

function accepted(p: QueryParameter) {
  const values = p.schema.enum ? html`${p.schema.enum.map((v, i) => html`${i ? ', ' : ''}<code>${String(v)}</code>`)}` : p.accepted;
  return html`${values}<br><span class="muted">${p.list ? 'comma-separated; repeated, the lists are joined' : 'at most once'}</span>`;
}

function parameterTable(op: Operation) {
  const rows = [
    ...op.pathParameters.map((p) => html`<tr><td><code>${p.name}</code> (path)</td><td>${prose(p.description)}</td><td>required</td></tr>`),
    ...op.parameters.map((p) => html`<tr><td><code>${p.name}</code></td><td>${prose(p.description)}</td><td>${accepted(p)}</td></tr>`),
  ];
  if (rows.length === 0) return html`<p class="muted">No parameters: any query parameter is a 400.</p>`;
  return html`<table><thead><tr><th>parameter</th><th>meaning</th><th>accepted</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function route(op: Operation, origin: string) {
  const [first, ...more] = op.examples.map((target) => `${origin}${apiBase}${target}`);
  const errors = ['invalid-parameter', ...op.errors] as const;
  const method = op.method.toUpperCase();
  const success = op.method === 'get'
    ? html`<code>200</code> with <code>${op.answer.mediaType}</code>${op.answer.download ? ' (a download)' : ''}${(op.answer.also ?? []).map((a) => html` or <code>${a.mediaType}</code>`)}, <code>304</code> to a matching
<code>If-None-Match</code>`
    : html`<code>${op.answer.status ?? 200}</code> with <code>${op.answer.mediaType}</code>${op.answer.status === 201 ? html` and <code>Location</code>` : ''}`;
  return html`<section id="${op.operationId}">
<h3><code>${method} ${apiBase}${op.path}</code></h3>
<p><strong>${op.summary}.</strong> ${prose(op.description)}</p>
${op.auth === 'maintainer' ? html`<p>Maintainers only: <code>Authorization: Bearer &lt;MAINTAINER_TOKEN&gt;</code>; anything else is a <a href="#problem-unauthorized">401</a> and changes nothing.</p>` : ''}
${parameterTable(op)}
${op.body ? bodyTable(op.body.schema) : ''}
<p>Answers ${success}, and the problems ${errors.map((kind, i) => html`${i ? ', ' : ''}<a href="#problem-${kind}">${kind}</a>`)}.</p>
<h4>curl</h4>
<pre><code>${[first, ...more].map((url, i) => curl(op, url, i === 0)).join('\n')}</code></pre>
<h4>JavaScript</h4>
<pre><code>${javascript(op, first)}</code></pre>
<h4>Python</h4>
<pre><code>${python(op, first)}</code></pre>
</section>`;
}

/** The page as served from `origin`, so that every example runs as it is copied. */
export function docsPage(origin: string) {
  const base = `${origin}${apiBase}`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CMAA Atlas API</title>
<link rel="canonical" href="${origin}/api/">
<style>${raw(css)}</style>
</head>
<body>
<header>
<h1>CMAA Atlas API</h1>
<p>The U.S. Customs Mutual Assistance Agreements, each with its dates, signatories, lineage and sources, as JSON and
CSV. Base URL <code>${base}</code>. Dataset version <code>${meta.version}</code>, updated ${meta.updated}, checked
against its sources ${meta.checked}. Machine-readable: <a href="${apiBase}/openapi.json">OpenAPI 3.1</a>,
<a href="${apiBase}/schema/agreement.json">JSON Schema of an agreement</a>, change feed as
<a href="${apiBase}/changes.json">JSON Feed</a> and <a href="${apiBase}/changes.atom">Atom</a>,
<a href="${apiBase}/releases">frozen releases</a> to cite.
The map: <a href="/">${origin}/</a>.</p>
<nav aria-label="Contents"><ul>
<li><a href="#conventions">Conventions</a></li>
${operations.map((op) => html`<li><a href="#${op.operationId}"><code>${op.method === 'get' ? '' : `${op.method.toUpperCase()} `}${op.path}</code></a>: ${op.summary}</li>`)}
<li><a href="#problems">Errors</a></li>
</ul></nav>
</header>
<main>
<h2 id="conventions">Conventions</h2>
<ul>
<li>JSON answers carry <code>meta</code>: the dataset <code>version</code>, <code>updated</code> (its last change) and
<code>checked</code> (its last check against the sources); lists add <code>count</code> and the filters applied. The
change feed carries it as <code>_meta</code>, the OpenAPI document as <code>x-meta</code>.</li>
<li>Every route answers GET, HEAD and OPTIONS; <code>/reports</code> also takes POST and <code>/reports/{id}</code>
PATCH. HEAD has the headers of GET and no body; OPTIONS answers with <code>Allow</code> and the CORS preflight. Any
other method is a <a href="#problem-method-not-allowed">405</a> with <code>Allow</code>.</li>
<li>The reports change with every one sent: they are answered with <code>Cache-Control: no-cache</code> and an ETag
of their content, so that a cache asks again every time.</li>
<li>Any origin may call the API: <code>Access-Control-Allow-Origin: *</code>.</li>
<li>A successful answer has a weak <code>ETag</code> that starts with the dataset version; send it back in
<code>If-None-Match</code> and an unchanged answer is a <code>304 Not Modified</code> without a body.
<code>Cache-Control: ${cacheControl}</code>; <code>Vary: Accept-Encoding</code>. A release's frozen files
(its manifest, data package, changes, files and archive) are served byte for byte as their checksums say, with
<code>Cache-Control: ${immutableCacheControl}</code>.</li>
<li>Releases: every release of the data is frozen under its version (<code>YYYY.MM.DD</code>, <code>.N</code> for a
later one the same day). <code>version</code> on the agreement routes answers as that release did; cite a record as
<code>${base}/agreements/ukr?version=${firstRelease}</code>.</li>
<li>Parameters: an unknown one, a malformed value, or a second <code>asOf</code> or <code>q</code> is a
<a href="#problem-invalid-parameter">400</a> naming what is accepted. <code>status</code> and <code>fields</code> are
lists: comma-separated, and given more than once they are joined.</li>
<li>CSV: RFC 4180 (quoted where needed, CRLF line ends), UTF-8, a header line; nested fields are flattened
(<code>partner.name</code>, <code>partner.iso2</code>, ...), signatories are written <code>Name (Title); Name (Title)</code>,
sources as their URLs joined by <code> | </code> with a <code>sourceCount</code>; a null is an empty cell.</li>
</ul>
<pre><code>curl -i '${base}/agreements/ua'
curl -i -H 'If-None-Match: W/"…"' '${base}/agreements/ua'    # with its ETag: 304</code></pre>
<h2 id="routes">Routes</h2>
${operations.map((op) => route(op, origin))}
<h2 id="problems">Errors</h2>
<p>Errors are RFC 9457 <code>application/problem+json</code>: <code>type</code> (a link to its entry below),
<code>title</code>, <code>status</code>, <code>detail</code> (what was wrong and what is accepted) and <code>meta</code>,
sent with <code>Cache-Control: no-store</code>.
No request, however malformed, is answered with a stack trace, an HTML page or a 500.</p>
<table><thead><tr><th>type</th><th>status</th><th>meaning</th></tr></thead><tbody>
${Object.entries(problemKinds).map(([kind, p]) => html`<tr id="problem-${kind}"><td><code>${kind}</code></td><td>${p.status}</td><td>${prose(p.description)}</td></tr>`)}
</tbody></table>
</main>
</body>
</html>
`;
}
