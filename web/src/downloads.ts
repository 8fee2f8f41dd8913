// Downloads of exactly what the map shows on its date: one row per country covered, own agreement or EU.

import { csvField } from '../../data/csv';
import type { Atlas } from './atlas';
import { compareNames } from './format';
import type { CoverageStatus } from '../../data/as-of';

export interface CoverageRow {
  iso3: string;
  name: string;
  coverage: Exclude<CoverageStatus, 'none'>;
  agreement: string | null;
  signed: string | null;
  inForce: string | null;
  agreementStatus: string | null;
  euMemberSince: string | null;
}

export function coverageRows(atlas: Atlas, day: string, countries: ReadonlyMap<string, string>): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const [iso3, mapName] of countries) {
    const c = atlas.coverage(iso3, mapName, day);
    if (c.status === 'none') continue;
    const a = c.status === 'cmaa' ? c.agreement : atlas.euAgreement;
    rows.push({
      iso3, name: c.name, coverage: c.status, agreement: a?.id ?? null, signed: a?.signed ?? null,
      inForce: a?.inForce ?? null, agreementStatus: a?.status ?? null, euMemberSince: c.euMember?.joined ?? null,
    });
  }
  return rows.sort((x, y) => compareNames(x.name, y.name));
}

const columns: (keyof CoverageRow)[] = ['iso3', 'name', 'coverage', 'agreement', 'signed', 'inForce', 'agreementStatus', 'euMemberSince'];

/** RFC 4180: a header line, then a line per row, each ended by CRLF. */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function coverageJson(rows: readonly CoverageRow[], day: string, version: string): string {
  return JSON.stringify({ asOf: day, version, count: rows.length, countries: rows }, null, 2);
}

export function downloadName(day: string, extension: string): string {
  return `cmaa-atlas-${day}.${extension}`;
}
