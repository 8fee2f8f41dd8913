// The Worker's code does not carry the dataset: it reads it from the static assets. Importing a table of
// data/ from worker/ would still work, and silently put it back into every deploy and over the bundle budget
// (`npm run bench` measures that; this catches it on every test run).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';

describe("the Worker's code", () => {
  it('holds no record of the dataset', async () => {
    const bundled = await build({
      entryPoints: ['worker/index.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      external: ['cloudflare:*', 'node:*'],
    });
    const code = bundled.outputFiles[0].text;
    expect(code).toContain(dataset.meta.version);
    // What only the records hold: the URLs of their sources.
    const marks = [
      ...[...dataset.agreements, ...dataset.mras, ...dataset.unconfirmed].map((r) => r.sources[0].url),
      ...dataset.cbpCounts.map((c) => c.source.url),
    ];
    expect(marks.filter((mark) => code.includes(mark))).toEqual([]);
  });
});

describe("the Worker's JSON answers", () => {
  it('are all written by jsonAnswer (HTML-safe): no route calls c.json or stringifies a body itself', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'worker'], { encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
    const offenders = files.filter((file) => /\bc\.json\(|c\.body\(JSON\.stringify/.test(readFileSync(file, 'utf8')));
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});

describe("the Worker's code", () => {
  it('holds neither the docs page, the OpenAPI document nor the pages\' words: the build writes them among the static assets', async () => {
    const bundled = await build({
      entryPoints: ['worker/index.ts'], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false,
      external: ['cloudflare:*', 'node:*'],
    });
    const code = bundled.outputFiles[0].text;
    // Prose that only docs.ts and openapi.ts hold.
    for (const mark of ['Maintainers only', 'Docs with examples in curl, JavaScript and Python', 'Answers differ only by compression']) {
      expect(code, mark).not.toContain(mark);
    }
    // Nor the pages' words in any language, which it reads as the build wrote them (worker/messages.ts).
    for (const mark of ['has a Customs Mutual Assistance Agreement with the United States', 'acuerdo de asistencia mutua aduanera', 'угода про взаємну допомогу', 'اتفاقية مساعدة متبادلة']) {
      expect(code, mark).not.toContain(mark);
    }
  });
});
