// The Worker exactly as `wrangler deploy --dry-run` bundles it for upload: the total gzipped size of the
// JavaScript it writes. The dataset is not in it: the Worker reads it from the static assets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineEnv } from '../scripts/dev-server.mjs';

export function workerBundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'cmaa-bundle-'));
  try {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { env: { ...process.env, ...offlineEnv }, stdio: 'pipe' });
    const total = Buffer.concat(readdirSync(outdir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outdir, f))));
    return { bytes: total.length, gzipBytes: gzipSync(total, { level: 9 }).length };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
