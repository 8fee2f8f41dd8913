// Readers' reports in D1 (binding DB, schema in migrations/): a report is written with its first status in
// one transaction, so that none exists half-written; the public view is read with its history; a maintainer's
// decision updates the report and adds to its history in one transaction too. Any failure of the database is
// a DatabaseUnavailable, which the error handler answers with a 503.

import { closedStatuses, type NewReport, type ReportFields, type ReportKind, type ReportStatus, type ReviewStatus } from '../data/report';
import { DatabaseUnavailable } from './problem';

export interface HistoryEntry {
  status: ReportStatus;
  reply: string | null;
  at: string;
}

/** A report as anyone may read it; `contact` only for a maintainer who asks. */
export interface PublicReport extends ReportFields {
  id: string;
  status: ReportStatus;
  reply: string | null;
  created: string;
  updated: string;
  history: HistoryEntry[];
  contact?: { name: string | null; email: string | null };
}

interface ReportRow {
  id: string;
  kind: ReportKind;
  agreement: string | null;
  country: string | null;
  field: string | null;
  proposed: string | null;
  signed: string | null;
  signed_place: string | null;
  source: string | null;
  comment: string;
  contact_name: string | null;
  contact_email: string | null;
  status: ReportStatus;
  reply: string | null;
  created: string;
  updated: string;
  /** JSON text of the history, oldest first. */
  history: string;
}

export interface ReportFilters {
  status: readonly string[] | null;
  kind: readonly string[] | null;
  agreement: string | null;
  country: string | null;
}

const selectReports = `SELECT r.*, (
  SELECT json_group_array(json_object('status', h.status, 'reply', h.reply, 'at', h.at) ORDER BY h.seq)
  FROM report_history h WHERE h.report = r.id
) AS history FROM reports r`;

function view(row: ReportRow, withContact: boolean): PublicReport {
  return {
    id: row.id,
    kind: row.kind,
    agreement: row.agreement,
    country: row.country,
    field: row.field,
    proposed: row.proposed,
    signed: row.signed,
    signedPlace: row.signed_place,
    source: row.source,
    comment: row.comment,
    status: row.status,
    reply: row.reply,
    created: row.created,
    updated: row.updated,
    history: JSON.parse(row.history) as HistoryEntry[],
    ...(withContact && { contact: { name: row.contact_name, email: row.contact_email } }),
  };
}

/** The database's answer, or a DatabaseUnavailable that says what was being done. */
async function attempt<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new DatabaseUnavailable(`The reports database failed ${what}`, { cause: error });
  }
}

// Crockford's base 32, lower case: no i, l, o or u to misread.
const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** A random id of 10 characters (50 bits): not guessable from its neighbours, short enough to read out. */
export function newReportId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return [...bytes].map((b) => idAlphabet[b & 31]).join('');
}

/** The public view of a report that is not stored (one whose hidden field was filled in). */
export function unstoredView(report: NewReport, id: string, now: string): PublicReport {
  const { honeypot: _, contact: __, ...fields } = report;
  return { id, ...fields, status: 'new', reply: null, created: now, updated: now, history: [{ status: 'new', reply: null, at: now }] };
}

/** Stores a report with its first status, `new`, in one transaction; answers its public view once committed. */
export async function storeReport(db: D1Database, report: NewReport, now: string): Promise<PublicReport> {
  const id = newReportId();
  const r = report;
  await attempt('to store a report', () =>
    db.batch([
      db.prepare(
        `INSERT INTO reports (id, kind, agreement, country, field, proposed, signed, signed_place, source, comment,
           contact_name, contact_email, status, reply, created, updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'new', NULL, ?13, ?13)`,
      ).bind(id, r.kind, r.agreement, r.country, r.field, r.proposed, r.signed, r.signedPlace, r.source, r.comment,
        r.contact.name, r.contact.email, now),
      db.prepare(`INSERT INTO report_history (report, seq, status, reply, at) VALUES (?1, 1, 'new', NULL, ?2)`).bind(id, now),
    ]),
  );
  return unstoredView(report, id, now);
}

/** One report, or null. */
export async function findReport(db: D1Database, id: string, withContact: boolean): Promise<PublicReport | null> {
  const row = await attempt('to read a report', () => db.prepare(`${selectReports} WHERE r.id = ?1`).bind(id).first<ReportRow>());
  return row && view(row, withContact);
}

/** A page of the reports that match the filters, newest first (in the order stored), and how many match in all. */
export async function listReports(
  db: D1Database, filters: ReportFilters, limit: number, offset: number, withContact: boolean,
): Promise<{ reports: PublicReport[]; total: number }> {
  const conditions: string[] = [];
  const values: (string | number)[] = [];
  const oneOf = (column: string, list: readonly string[]) => {
    conditions.push(`r.${column} IN (${list.map(() => '?').join(', ')})`);
    values.push(...list);
  };
  if (filters.status) oneOf('status', filters.status);
  if (filters.kind) oneOf('kind', filters.kind);
  if (filters.agreement) oneOf('agreement', [filters.agreement]);
  if (filters.country) oneOf('country', [filters.country]);
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const [count, page] = await attempt('to list reports', () =>
    db.batch([
      db.prepare(`SELECT count(*) AS total FROM reports r${where}`).bind(...values),
      db.prepare(`${selectReports}${where} ORDER BY r.created DESC, r.rowid DESC LIMIT ? OFFSET ?`).bind(...values, limit, offset),
    ]),
  );
  return {
    total: (count.results[0] as { total: number }).total,
    reports: (page.results as ReportRow[]).map((row) => view(row, withContact)),
  };
}

/**
 * A maintainer's decision: the status, the reply (left as it is when undefined, removed when null) and a new
 * history entry, in one transaction; closing a report erases its contact details. Null if there is no such report.
 */
export async function reviewReport(
  db: D1Database, id: string, status: ReviewStatus, reply: string | null | undefined, now: string,
): Promise<PublicReport | null> {
  const closes = closedStatuses.includes(status) ? 1 : 0;
  const [, , read] = await attempt('to record a decision', () =>
    db.batch([
      db.prepare(
        `UPDATE reports SET status = ?2, reply = CASE WHEN ?3 THEN ?4 ELSE reply END, updated = ?5,
           contact_name = CASE WHEN ?6 THEN NULL ELSE contact_name END,
           contact_email = CASE WHEN ?6 THEN NULL ELSE contact_email END
         WHERE id = ?1`,
      ).bind(id, status, reply === undefined ? 0 : 1, reply ?? null, now, closes),
      db.prepare(
        `INSERT INTO report_history (report, seq, status, reply, at)
         SELECT ?1, max(seq) + 1, ?2, ?3, ?4 FROM report_history WHERE report = ?1 HAVING count(*) > 0`,
      ).bind(id, status, reply ?? null, now),
      db.prepare(`${selectReports} WHERE r.id = ?1`).bind(id),
    ]),
  );
  const row = read.results[0] as ReportRow | undefined;
  return row ? view(row, false) : null;
}
