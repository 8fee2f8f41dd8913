import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three suites: the Worker inside workerd, the pure logic of data/ and web/, the API's conformance to its
// OpenAPI document (ajv needs `new Function`, which workerd forbids) and the repository's supply chain in
// Node, and the whole product in Chromium against `wrangler dev` (test/e2e/global-setup.ts builds the page
// and starts it).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: { name: 'unit', include: ['test/data/**/*.test.ts', 'test/web/**/*.test.ts', 'test/api/**/*.test.ts', 'test/release/**/*.test.ts', 'test/repo/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
