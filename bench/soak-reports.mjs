// `npm run soak:reports`: nothing lost. Many clients send reports at once to the Worker under `wrangler dev`
// (loopback only, a database of its own, the rate limit raised for the run), for a bounded number of reports
// and time. Then the server is stopped and started again on the same database, and the run passes only if
// the database holds exactly one row per 201 answered (the same ids, each with the text that was sent and its
// first status), nothing half-written, and nothing for any other answer. Builds nothing: `npm run build` first.
//
//   SOAK_REPORTS      reports to send (default 2000)
//   SOAK_CONNECTIONS  reports in flight at once (default 32)
//   SOAK_SECONDS      stop sending after this long, whatever is left (default 120)
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { offlineEnv, startDevServer } from '../scripts/dev-server.mjs';

const total = Number(process.env.SOAK_REPORTS ?? 2000);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 32);
const seconds = Number(process.env.SOAK_SECONDS ?? 120);
const run = Date.now().toString(36);

const directory = mkdtempSync(join(tmpdir(), 'cmaa-atlas-soak-'));
/** @type {Awaited<ReturnType<typeof startDevServer>> | undefined} */
let server;
const watchdog = setTimeout(() => {
  console.error('The soak overran its time: stopped.');
  void server?.stop();
  process.exit(2);
}, (seconds + 120) * 1000);

/** Rows of the local database, read with wrangler as a maintainer would, with the server stopped. */
async function query(sql) {
  const { stdout } = await promisify(execFile)(
    'npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', directory, '--json', '--command', sql],
    { env: { ...process.env, ...offlineEnv }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout)[0].results;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

try {
  server = await startDevServer({ persistTo: directory, vars: { REPORTS_PER_MINUTE: '1000000000' } });
  console.log(`Soak of reports: ${total} reports, ${connections} at a time, at most ${seconds} s, against ${server.url} (wrangler dev)`);

  /** What each 201 said was stored: id → the comment sent. */
  const accepted = new Map();
  const statuses = new Map();
  const latencies = [];
  let failures = 0;
  let next = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();

  async function client(n) {
    while (next < total && Date.now() < deadline) {
      const i = next++;
      const comment = `Soak ${run}, report ${i}.${'x'.repeat(i % 500)}`;
      const body = i % 2
        ? { kind: 'correction', agreement: 'ukr', field: 'signedPlace', proposed: `Kyiv ${i}`, source: 'https://www.cbp.gov/', comment }
        : { kind: 'missing-agreement', country: 'ISL', signed: '2019-03', comment, contact: { email: `reader${i}@example.org` } };
      const t = performance.now();
      try {
        const response = await fetch(`${server.url}/api/v1/reports`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': `198.18.0.${n}` },
          body: JSON.stringify(body),
        });
        const answer = await response.json();
        latencies.push(performance.now() - t);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) accepted.set(answer.report.id, comment);
      } catch {
        failures += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, n) => client(n)));
  const elapsed = (performance.now() - started) / 1000;
  const sent = [...statuses.values()].reduce((a, b) => a + b, 0) + failures;
  latencies.sort((a, b) => a - b);

  // The count as the API gives it, then again after a restart on the same database.
  const listed = async () => (await (await fetch(`${server.url}/api/v1/reports?limit=1`)).json()).meta.total;
  const before = await listed();
  await server.stop();
  server = await startDevServer({ persistTo: directory });
  const afterRestart = await listed();
  await server.stop();
  server = undefined;

  const rows = await query('SELECT id, comment FROM reports');
  const histories = await query('SELECT report, count(*) AS n, min(seq) AS first, min(status) AS status FROM report_history GROUP BY report');
  const orphans = await query('SELECT count(*) AS n FROM report_history WHERE report NOT IN (SELECT id FROM reports)');
  const byId = new Map(rows.map((r) => [r.id, r.comment]));
  const historyOf = new Map(histories.map((h) => [h.report, h]));
  const missing = [...accepted.keys()].filter((id) => !byId.has(id));
  const unexpected = rows.filter((r) => !accepted.has(r.id)).length;
  const altered = [...accepted].filter(([id, comment]) => byId.has(id) && byId.get(id) !== comment).length;
  const halfWritten = rows.filter((r) => {
    const h = historyOf.get(r.id);
    return !h || h.n !== 1 || h.first !== 1 || h.status !== 'new';
  }).length + orphans[0].n;

  console.log(`Sent ${sent} in ${elapsed.toFixed(1)} s (${Math.round(sent / elapsed)}/s): ` +
    `${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}${failures ? `, ${failures} without an answer` : ''}`);
  console.log(`Latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1).toFixed(0)} ms`);
  console.log(`201 answers: ${accepted.size}; rows: ${rows.length} (listed by the API: ${before}, after a restart: ${afterRestart})`);
  console.log(`201s without a row: ${missing.length}; rows without a 201: ${unexpected}; rows with other text: ${altered}; half-written: ${halfWritten}`);
  const ok = accepted.size === sent && failures === 0 && rows.length === accepted.size && before === rows.length && afterRestart === rows.length &&
    missing.length === 0 && unexpected === 0 && altered === 0 && halfWritten === 0;
  console.log(ok ? 'Nothing lost.' : 'FAILED: the database does not hold exactly what was answered 201.');
  process.exitCode = ok ? 0 : 1;
} finally {
  clearTimeout(watchdog);
  await server?.stop();
  rmSync(directory, { recursive: true, force: true });
}
