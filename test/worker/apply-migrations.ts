// Runs before each test file in workerd: the file's own, empty D1 database gets the schema in migrations/,
// as `wrangler d1 migrations apply` gives it to the local and the deployed database.
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

// A binding of the tests only (vitest.config.ts reads migrations/ into it), not of the Worker.
const { MIGRATIONS } = env as unknown as { MIGRATIONS: D1Migration[] };
await applyD1Migrations(env.DB, MIGRATIONS);
