// What `npm start` does before `wrangler dev`: gives the local Worker its secret and its database. Creates
// .dev.vars (ignored by git) with a random MAINTAINER_TOKEN when it has none, and applies migrations/ to the
// local D1 database in .wrangler/state, where reports stay from one start to the next.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { offlineEnv } from './dev-server.mjs';

const file = '.dev.vars';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (!/^MAINTAINER_TOKEN=\S+/m.test(current)) {
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  appendFileSync(file, `${separator}MAINTAINER_TOKEN=${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  console.log(`${file}: created MAINTAINER_TOKEN, the bearer token of the maintainer routes (see README, "Reports").`);
}

execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, ...offlineEnv },
});
