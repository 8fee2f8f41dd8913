// Every JSON answer is HTML-safe: hostile codes and parameters sent to every route never come back as raw
// markup, while a JSON parser still reads exactly what was sent.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { htmlSafeJson } from '../../data/json';
import { apiBase, docsPaths, operations } from '../../worker/operations';

const origin = 'https://atlas.example';
const hostile = '<script>alert(1)</script>&\u2028\u2029';
const encoded = encodeURIComponent(hostile);

/** A route's path with every path parameter filled in by `value`. */
const filled = (path: string, value: string) => apiBase + path.replace(/\{\w+\}/g, value);

/** Requests that put the hostile text in every place a client controls: the path, a parameter's name and value. */
function hostileTargets(): string[] {
  const targets = [`${apiBase}/${encoded}`, `/api/${encoded}`, `${apiBase}/agreements/${hostile}`];
  for (const path of docsPaths) targets.push(`${path}?${encoded}=1`);
  for (const operation of operations) {
    const route = filled(operation.path, operation.pathParameters.length ? encoded : '');
    targets.push(route, `${route}?${encoded}=1`, `${filled(operation.path, 'ukr')}/${encoded}`);
    for (const parameter of operation.parameters) targets.push(`${filled(operation.path, 'ukr')}?${parameter.name}=${encoded}`);
  }
  return targets;
}

describe('HTML-safe JSON', () => {
  it('escapes <, >, &, U+2028 and U+2029 inside strings, and reads back as the same value', () => {
    const value = { detail: hostile, nested: [hostile] };
    const text = htmlSafeJson(value);
    expect(text).toBe(
      '{"detail":"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\\u2028\\u2029","nested":["\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\\u2028\\u2029"]}',
    );
    expect(JSON.parse(text)).toEqual(value);
  });

  it.each(['GET', 'POST'])('no answer to a hostile %s on any route holds a raw <, > or line separator', async (method) => {
    const targets = hostileTargets();
    expect(targets.length).toBeGreaterThan(40);
    const echoed: string[] = [];
    for (const target of targets) {
      const response = await exports.default.fetch(new Request(origin + target, { method }));
      const body = await response.text();
      const type = response.headers.get('Content-Type') ?? '';
      expect(response.status, target).toBeLessThan(500);
      // The docs page and the Atom feed are markup by nature; fuzz.test.ts checks that the page echoes nothing,
      // test/api/feeds.test.ts that the feed's text is escaped.
      if (type.startsWith('text/html') || type.startsWith('application/atom+xml')) continue;
      expect(body, `${method} ${target}`).not.toMatch(/[<>\u2028\u2029]/);
      if (type.includes('json')) {
        expect(body, `${method} ${target}`).not.toMatch(/&/);
        if (JSON.stringify(JSON.parse(body)).includes(hostile)) echoed.push(target);
      }
    }
    // The problems do quote what was sent (a bad code, a bad parameter): escaped, yet the same text.
    expect(echoed.length).toBeGreaterThan(0);
  });
});
