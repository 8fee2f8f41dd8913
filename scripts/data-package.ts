// The Frictionless Data Package (v1) of a release: its descriptor, with a Table Schema for each CSV file made
// from the columns the API's CSV is written with (worker/csv.ts), whose types and constraints come from the
// JSON Schemas that check the data (data/schema.ts). Nothing about a column is written twice.

import { agreementSchema, euMemberSchema, mraSchema, type JsonSchema } from '../data/schema';
import type { Dataset } from '../data/types';
import { columnsOf, toCsv, type Column } from '../worker/csv';

/** The tables published as CSV, in the package's order. */
export const tables = [
  {
    name: 'agreements', schema: agreementSchema, primaryKey: 'id', rows: (d: Dataset) => d.agreements,
    title: 'Customs Mutual Assistance Agreements',
    description: 'Every agreement, current and superseded, one per line, with its dates, signatories, lineage and the URLs of its sources.',
  },
  {
    name: 'mras', schema: mraSchema, primaryKey: 'id', rows: (d: Dataset) => d.mras,
    title: 'AEO Mutual Recognition Arrangements',
    description: "CBP's C-TPAT mutual recognition arrangements with partner AEO programmes.",
  },
  {
    name: 'eu-members', schema: euMemberSchema, primaryKey: 'iso3', rows: (d: Dataset) => d.euMembers,
    title: 'EU member states',
    description: 'Accession, withdrawal and the last day EU agreements covered each member: the EU agreement covers members without their own.',
  },
] as const;

/** The CSV text of each table, as the API's CSV routes write it (all rows, every column). */
export function tableCsv(dataset: Dataset): Record<(typeof tables)[number]['name'], string> {
  const [agreements, mras, euMembers] = tables.map((t) => toCsv(columnsOf(t.schema), t.rows(dataset)));
  return { agreements, mras, 'eu-members': euMembers };
}

/** A Table Schema field from a column and the JSON Schema of its cells. An empty cell is a null. */
export function tableField(column: Column): Record<string, unknown> {
  const schema: JsonSchema = column.schema;
  const types = [schema.type].flat();
  const type = types.find((t) => t !== 'null') ?? 'string';
  const constraints = {
    ...(!types.includes('null') && { required: true }),
    ...(schema.enum && { enum: schema.enum.filter((v) => v !== null) }),
    // Kept with its anchors: Table Schema anchors a pattern implicitly, but the JavaScript reference library
    // matches it anywhere in the value, and the anchors mean the same to the Python one.
    ...(schema.pattern && { pattern: schema.pattern }),
    ...(schema.minLength !== undefined && { minLength: schema.minLength }),
    ...(schema.maxLength !== undefined && { maxLength: schema.maxLength }),
    ...(schema.minimum !== undefined && { minimum: schema.minimum }),
  };
  return {
    name: column.name,
    type,
    ...(type === 'boolean' && { trueValues: ['true'], falseValues: ['false'] }),
    ...(schema.description && { description: schema.description }),
    ...(Object.keys(constraints).length && { constraints }),
  };
}

/** The Table Schema of a table: its columns, its key, and, for agreements, the lineage links between rows. */
export function tableSchema(table: (typeof tables)[number]): Record<string, unknown> {
  return {
    fields: columnsOf(table.schema).map(tableField),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.name === 'agreements' && {
      foreignKeys: ['successorTo', 'supersededBy'].map((field) => ({ fields: field, reference: { resource: '', fields: 'id' } })),
    }),
  };
}

export const license = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

export const packageTitle = 'CMAA Atlas: U.S. Customs Mutual Assistance Agreements';

/** Every publisher the records cite, most cited first, each with the first document of theirs cited. */
function publishers(dataset: Dataset) {
  const cited = new Map<string, { path: string; count: number }>();
  const sources = [...dataset.agreements, ...dataset.mras, ...dataset.euMembers, ...dataset.unconfirmed].flatMap((r) => r.sources);
  for (const { publisher, url } of [...sources, ...dataset.cbpCounts.map((c) => c.source)]) {
    const entry = cited.get(publisher) ?? { path: url, count: 0 };
    entry.count += 1;
    cited.set(publisher, entry);
  }
  return [...cited].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1)).map(([title, { path }]) => ({ title, path }));
}

export interface FileFacts { bytes: number; sha256: string }

/** The descriptor of a release's package, given the facts of the files it describes. */
export function dataPackage(dataset: Dataset, created: string, files: Record<string, FileFacts>) {
  const facts = (path: string) => ({ bytes: files[path].bytes, hash: `sha256:${files[path].sha256}` });
  const csvDialect = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };
  return {
    profile: 'data-package',
    name: 'cmaa-atlas',
    title: packageTitle,
    description:
      'The Customs Mutual Assistance Agreements (CMAAs) the United States has signed with foreign customs administrations and the European Union, each with its dates, signatories, lineage and sources; the AEO mutual recognition arrangements; the EU member states covered through the EU agreement. Every record cites its sources; dataset.json holds them in full, with the counts CBP has stated and the reported agreements no good source confirms.',
    version: dataset.meta.version,
    created,
    keywords: ['customs', 'mutual assistance', 'CMAA', 'United States', 'CBP', 'treaties', 'AEO'],
    licenses: [license],
    contributors: [{ title: 'CMAA Atlas contributors', role: 'author' }],
    sources: publishers(dataset),
    resources: [
      ...tables.map((table) => ({
        profile: 'tabular-data-resource',
        name: table.name,
        path: `${table.name}.csv`,
        title: table.title,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...facts(`${table.name}.csv`),
        dialect: csvDialect,
        schema: tableSchema(table),
      })),
      {
        profile: 'data-resource',
        name: 'dataset',
        path: 'dataset.json',
        title: 'The whole dataset',
        description:
          'Every table in full, as JSON: meta, agreements, euMembers, mras, cbpCounts, unconfirmed and changelog; the records as the JSON Schema at /api/v1/schema/agreement.json describes them.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...facts('dataset.json'),
      },
      {
        profile: 'data-resource',
        name: 'changes',
        path: 'changes.json',
        title: 'Changes from the previous release',
        description: 'Records added, removed and changed field by field (before and after), and the change log entries since the previous release.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        ...facts('changes.json'),
      },
    ],
  };
}
