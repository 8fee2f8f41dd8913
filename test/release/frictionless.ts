// A release's package as the Frictionless Data reference library for JavaScript reads it: the descriptor
// checked against the official Data Package profile, and every CSV table read through its Table Schema
// (types, required values, patterns, enums, the primary key, the lineage foreign keys, and the header).
import { join } from 'node:path';
import { Package } from 'datapackage';

export interface PackageCheck {
  profile: string;
  /** What the validator refused; empty for a valid package. */
  problems: string[];
  /** The rows of each table, as cast by its Table Schema. */
  rows: Map<string, Record<string, unknown>[]>;
}

export async function checkPackage(dir: string): Promise<PackageCheck> {
  const dataPackage = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
  const problems = dataPackage.errors.map((e) => `datapackage.json: ${e.message}`);
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const resource of dataPackage.resources.filter((r) => r.tabular)) {
    try {
      rows.set(resource.name, await resource.read({ keyed: true, relations: true }));
    } catch (error) {
      const { message, errors } = error as Error & { errors?: Error[] };
      problems.push(`${resource.name}: ${[message, ...(errors ?? []).map((e) => e.message)].join('; ')}`);
    }
  }
  return { profile: dataPackage.profile.name, problems, rows };
}
