import { randomBytes } from 'node:crypto';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three suites: the Worker inside workerd, the pure logic of data/ and web/, the API's conformance to its
// OpenAPI document (ajv needs `new Function`, which workerd forbids) and the repository's supply chain in
// Node, and the whole product in Chromium against `wrangler dev` (test/e2e/global-setup.ts builds the page
// and starts it).
//
// In workerd, each test file starts with an empty D1 database, to which test/worker/apply-migrations.ts
// applies migrations/, and the maintainer token is a new random one on every run (never .dev.vars').
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { MIGRATIONS: await readD1Migrations('./migrations'), MAINTAINER_TOKEN: randomBytes(32).toString('base64url') },
            },
          })),
        ],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'], setupFiles: ['test/worker/apply-migrations.ts'] },
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
