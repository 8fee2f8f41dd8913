// The Worker's code does not carry the dataset: it reads it from the static assets. Importing a table of
// data/ from worker/ would still work, and silently put it back into every deploy and over the bundle budget
// (`npm run bench` measures that; this catches it on every test run).
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
