// The reports database, for the suites that call the app in Node: wrangler's getPlatformProxy runs D1 in
// workerd as `wrangler dev` does, here an empty database of its own, given migrations/.
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { getPlatformProxy } from 'wrangler';

export async function localDatabase(): Promise<{ DB: D1Database; dispose: () => Promise<void> }> {
  const proxy = await getPlatformProxy<Env>({ configPath: 'wrangler.toml', persist: false });
  const { DB } = proxy.env;
  for (const migration of await readD1Migrations('migrations')) await DB.batch(migration.queries.map((query) => DB.prepare(query)));
  return { DB, dispose: () => proxy.dispose() };
}
