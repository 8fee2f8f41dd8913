// The parts of the Frictionless Data reference library for JavaScript (`datapackage`, which reads tables with
// `tableschema`) that the tests use; it ships no types.
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly headers: string[];
    readonly schema: { fieldNames: string[] };
    /** Every row cast by the Table Schema; rejects at the first value, header or foreign key that breaks it. */
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    /** Reads a descriptor and checks it against its profile (the official JSON Schema, shipped in the package). */
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly profile: { name: string };
    readonly resources: Resource[];
  }
}
