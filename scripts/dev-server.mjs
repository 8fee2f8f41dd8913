// Starts the real Worker with `wrangler dev` on a free local port, offline, and waits until it answers.
// Used by the browser tests, the benchmarks and the screenshots. The page must be built first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const offlineEnv = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * `readyPath` is the request that says the Worker is up: by default one that reads the dataset, so that the
 * caller's requests find it read, as they would on a warm isolate.
 * @param {{ logLevel?: string, readyPath?: string }} [options]
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startDevServer({ logLevel = 'warn', readyPath = '/api/v1/agreements' } = {}) {
  if (!existsSync('web/dist/index.html')) throw new Error('web/dist is missing: run `npm run build` first.');
  const port = await freePort();
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', logLevel], {
    env: { ...process.env, ...offlineEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // wrangler starts workerd as a child: end the whole process group.
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${output}`);
}
