// The Worker as `wrangler deploy --dry-run` bundles it, gzipped; and, bundled again by the same esbuild
// with the dataset's JSON left out, the size of the code alone. The dataset is embedded on purpose (no
// subrequest on a cold start), so the two figures are reported apart.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { offlineEnv } from '../scripts/dev-server.mjs';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

export async function workerBundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'cmaa-bundle-'));
  try {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { env: { ...process.env, ...offlineEnv }, stdio: 'pipe' });
    const total = Buffer.concat(readdirSync(outdir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outdir, f))));
    const withoutData = await build({
      entryPoints: ['worker/index.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      external: ['cloudflare:*', 'node:*'],
      plugins: [{
        name: 'leave-out-dataset',
        setup(b) {
          b.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, () => ({ contents: '[]', loader: 'json' }));
        },
      }],
    });
    const code = withoutData.outputFiles[0].contents;
    return { bytes: total.length, gzipBytes: gzip(total), codeGzipBytes: gzip(code) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
