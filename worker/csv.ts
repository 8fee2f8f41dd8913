// CSV: records flattened to one line each, with RFC 4180 quoting, CRLF line ends and a header line.
//
// Columns follow the record's JSON Schema, so a new field reaches the CSV without a change here: an object of
// scalars becomes one column per member (partner.name, partner.iso2, ...); the lists become readable cells
// (signatories as "Name (Title); Name (Title)", sources as URLs joined by " | ", plus a sourceCount column).
// A null is an empty cell; true and false are written as such.

import type { Context } from 'hono';
import type { JsonSchema } from '../data/schema';
import type { Signatory, Source } from '../data/types';
import { csvField } from '../data/csv';

export interface Column {
  /** The header: a field name, or `parent.member` for a member of an object. */
  name: string;
  /** The top-level field it comes from, which `fields` selects. */
  field: string;
  /** JSON Schema of a cell's value (null for an empty cell): what a release's Table Schemas are made from. */
  schema: JsonSchema;
  value: (record: Record<string, unknown>) => unknown;
}

const signatoryList = (people: Signatory[]) => people.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join('; ');

const signatoriesCell = (side: string): JsonSchema => ({
  type: ['string', 'null'],
  description: `The signatories for ${side}, each as "Name (Title)", separated by "; "; empty where not known.`,
});

/** How the list fields are flattened; every other field is a scalar or an object of scalars. */
const listColumns: Record<string, Column[]> = {
  signatories: [
    {
      name: 'signatories.us', field: 'signatories', schema: signatoriesCell('the United States'),
      value: (r) => signatoryList((r.signatories as Record<string, Signatory[]>).us),
    },
    {
      name: 'signatories.partner', field: 'signatories', schema: signatoriesCell('the partner'),
      value: (r) => signatoryList((r.signatories as Record<string, Signatory[]>).partner),
    },
  ],
  sources: [
    {
      name: 'sources', field: 'sources', schema: { type: 'string', minLength: 1, description: 'The URLs of the sources, separated by " | ".' },
      value: (r) => (r.sources as Source[]).map((s) => s.url).join(' | '),
    },
    {
      name: 'sourceCount', field: 'sources', schema: { type: 'integer', minimum: 1, description: 'How many sources the record cites.' },
      value: (r) => (r.sources as Source[]).length,
    },
  ],
};

/** A member's schema as a cell's: a member its object may omit is an empty cell there, a null. */
const cell = (parent: JsonSchema, name: string, schema: JsonSchema): JsonSchema =>
  parent.required?.includes(name) ? schema : { ...schema, type: [...new Set([schema.type ?? 'string', 'null'].flat())] };

/** The columns of a kind of record, in its schema's order. */
export function columnsOf(record: JsonSchema): Column[] {
  return Object.entries(record.properties!).flatMap(([field, schema]): Column[] =>
    listColumns[field] ??
    (schema.type === 'object'
      ? Object.entries(schema.properties!).map(([member, memberSchema]) => ({
        name: `${field}.${member}`,
        field,
        schema: cell(schema, member, memberSchema),
        value: (r) => (r[field] as Record<string, unknown>)[member],
      }))
      : [{ name: field, field, schema: cell(record, field, schema), value: (r) => r[field] }]),
  );
}

/** The columns of the chosen fields (all for null). */
export function chosenColumns(columns: readonly Column[], fields: readonly string[] | null): Column[] {
  return fields ? columns.filter((c) => fields.includes(c.field)) : [...columns];
}

/** The CSV text: a header line, then one line per record, each ended by CRLF. */
export function toCsv(columns: readonly Column[], records: readonly object[]): string {
  const lines = [columns.map((c) => csvField(c.name)), ...records.map((r) => columns.map((c) => csvField(c.value(r as Record<string, unknown>))))];
  return lines.map((line) => `${line.join(',')}\r\n`).join('');
}

/**
 * A CSV download: UTF-8 without a byte-order mark (RFC 4180 has none; spreadsheets import it as UTF-8), named
 * with the table and the dataset version, e.g. `cmaa-agreements-2026.11.27.csv`.
 */
export function csvDownload(c: Context, table: string, version: string, columns: readonly Column[], records: readonly object[]): Response {
  return c.body(toCsv(columns, records), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="cmaa-${table}-${version}.csv"`,
  });
}
