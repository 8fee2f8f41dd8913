// Starts the real Worker with `wrangler dev` on a free local port, offline, and waits until it answers.
// Used by the browser tests, the benchmarks, the soaks and the screenshots. The page must be built first.
// Each server has its own local D1 database with migrations/ applied (a new, empty one unless `persistTo`
// names an existing one) and a random maintainer token of its own, so that nothing depends on .dev.vars or
// on what `npm start` stored.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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
 * Applies migrations/ to the local D1 database kept in `persistTo`.
 * @param {string} persistTo
 */
export async function migrateLocalDatabase(persistTo) {
  await promisify(execFile)('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo], {
    env: { ...process.env, ...offlineEnv },
  });
}

/**
 * `readyPath` is the request that says the Worker is up: by default one that reads the dataset, so that the
 * caller's requests find it read, as they would on a warm isolate. `vars` override wrangler.toml's (for
 * example REPORTS_PER_MINUTE); `persistTo` keeps the database in a directory the caller owns (it is not
 * deleted on stop), `token` is the maintainer token to use (a new random one otherwise).
 * @param {{ logLevel?: string, readyPath?: string, vars?: Record<string, string>, persistTo?: string, token?: string }} [options]
 * @returns {Promise<{ url: string, token: string, persistTo: string, stop: () => Promise<void> }>}
 */
export async function startDevServer({
  logLevel = 'warn', readyPath = '/api/v1/agreements', vars = {}, persistTo, token = randomBytes(32).toString('base64url'),
} = {}) {
  if (!existsSync('web/dist/index.html')) throw new Error('web/dist is missing: run `npm run build` first.');
  const ownDirectory = persistTo === undefined;
  const directory = persistTo ?? mkdtempSync(join(tmpdir(), 'cmaa-atlas-d1-'));
  await migrateLocalDatabase(directory);
  const port = await freePort();
  // --var outranks .dev.vars, so a developer's own token and settings never reach the tests.
  const varArgs = Object.entries({ MAINTAINER_TOKEN: token, ...vars }).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
  const args = ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', logLevel, '--persist-to', directory, ...varArgs];
  const child = spawn('npx', args, {
    env: { ...process.env, ...offlineEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // wrangler starts workerd as a child: end the whole process group, then remove the database it made.
  /** @returns {Promise<void>} */
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
    if (ownDirectory) rmSync(directory, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) return { url, token, persistTo: directory, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`wrangler dev did not answer within 60 s:\n${output}`);
}
