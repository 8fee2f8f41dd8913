// npm run release: freezes data/ as a release (scripts/release.ts says how). Vite's module runner loads the
// TypeScript that the build, the Worker and the tests share.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('release.ts', import.meta.url)), { configFile: false, logLevel: 'error' });
try {
  module.main(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
