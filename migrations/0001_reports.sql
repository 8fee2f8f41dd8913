-- Readers' reports (corrections, agreements not listed) and what became of them. Applied with
-- `wrangler d1 migrations apply DB` (--local by `npm start` and the tests, --remote by `npm run deploy`).

-- One row per report. The text is stored as the reader sent it (trimmed) and only ever served as JSON text.
-- contact_name and contact_email are never in a public answer, and are erased when the report is closed.
CREATE TABLE reports (
  id TEXT PRIMARY KEY CHECK (length(id) = 10 AND id NOT GLOB '*[^0-9a-z]*'),
  kind TEXT NOT NULL CHECK (kind IN ('correction', 'missing-agreement', 'other')),
  agreement TEXT,
  country TEXT CHECK (length(country) = 3 AND country NOT GLOB '*[^A-Z]*'),
  field TEXT,
  proposed TEXT,
  signed TEXT,
  signed_place TEXT,
  source TEXT,
  comment TEXT NOT NULL,
  contact_name TEXT,
  contact_email TEXT,
  status TEXT NOT NULL CHECK (status IN ('new', 'received', 'accepted', 'rejected', 'duplicate')),
  reply TEXT,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
) STRICT;

CREATE INDEX reports_by_created ON reports (created DESC);
CREATE INDEX reports_by_agreement ON reports (agreement, created DESC);
CREATE INDEX reports_by_country ON reports (country, created DESC);

-- Every status a report has had, with its time and the reply given with it; the first is `new`, written in
-- the same transaction as the report, so that no report exists without it.
CREATE TABLE report_history (
  report TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  status TEXT NOT NULL CHECK (status IN ('new', 'received', 'accepted', 'rejected', 'duplicate')),
  reply TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (report, seq)
) STRICT, WITHOUT ROWID;

-- Recent reports per client, for the rate limit. `client` is an HMAC of the client's address under a Worker
-- secret, never the address; rows older than the limit's window are deleted with every new report.
CREATE TABLE report_attempts (
  client TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;

CREATE INDEX report_attempts_by_client ON report_attempts (client, at);
CREATE INDEX report_attempts_by_time ON report_attempts (at);
