// `npm run release` end to end, on a copy of the repository's data and releases in a temporary folder, so
// that no release is made here that the data did not earn. The copy is first released as it is (if its
// version is not yet a release), then changed as a data editor would (a correction, an agreement added, a
// new version): the refusals, the next release, what its changes say, its package to the Frictionless
// reference library, and the Worker answering from the releases through an ASSETS binding that serves the
// build's files as they would be built.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseChanges, ReleaseManifest } from '../../data/releases';
import type { Agreement, ChangeEntry, Dataset } from '../../data/types';
import app from '../../worker/index';
import { assetsIn, executionContext } from '../api/stand-ins';
import { cutRelease, readDataset, releaseAssets, releaseProblems } from '../../scripts/release';
import { checkPackage } from './frictionless';

/** The data's version now, which the copies release first, and the next version, a day later. */
const current = readDataset('data').meta.version;
const nextDay = new Date(Date.parse(`${readDataset('data').meta.updated}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const next = { version: nextDay.replaceAll('-', '.'), day: nextDay };
const releaseTime = new Date(`${next.day}T12:00:00Z`);

/** A copy of the repository's data, releases and CITATION.cff, with the data as it is released. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'cmaa-release-'));
  cpSync('data', join(root, 'data'), { recursive: true, filter: (path) => !path.endsWith('.ts') });
  cpSync('CITATION.cff', join(root, 'CITATION.cff'));
  cutRelease(root, releaseTime);
  return root;
}

function edit(root: string, change: (data: Dataset) => void): void {
  const data = readDataset(join(root, 'data'));
  change(data);
  const files = { meta: data.meta, agreements: data.agreements, 'eu-members': data.euMembers, mras: data.mras, 'cbp-counts': data.cbpCounts, unconfirmed: data.unconfirmed, changelog: data.changelog };
  for (const [name, value] of Object.entries(files)) writeFileSync(join(root, 'data', `${name}.json`), JSON.stringify(value, null, 2));
}

const entry = (fields: Partial<ChangeEntry> & Pick<ChangeEntry, 'id' | 'change' | 'agreements'>): ChangeEntry => ({
  date: next.day, version: next.version, title: 'A test fixture', summary: 'A change made by the release test in its own copy of the data.', mras: [], fields: [], ...fields,
});

/** A fixture, in the temporary copy only: an agreement with Israel, which the real data does not hold. */
const israel: Agreement = {
  id: 'isr',
  partner: { name: 'Israel', iso2: 'IL', iso3: 'ISR', isoNumeric: '376', type: 'country' },
  signed: '2026-11-29', signedPlace: null, inForce: null, status: 'signed', binding: null,
  signatories: { us: [], partner: [] }, successorTo: null, supersededBy: null,
  sources: [{ url: 'https://example.org/release-test-fixture', title: 'A fixture of the release test', publisher: 'The release test', date: '2026-11-29' }],
  confidence: 'low', notes: null,
};

/** The next version of the data: Belarus's notes corrected, and the fixture added. */
function nextVersion(data: Dataset): void {
  const belarus = data.agreements.find((a) => a.id === 'blr')!;
  belarus.notes = `${belarus.notes} Corrected by the release test.`;
  data.agreements.push(structuredClone(israel));
  data.meta = { version: next.version, updated: next.day, checked: next.day };
  data.changelog.push(
    entry({ id: `${next.day}-belarus-notes`, change: 'corrected', agreements: ['blr'], fields: ['notes'] }),
    entry({ id: `${next.day}-israel`, change: 'added', agreements: ['isr'] }),
  );
}

describe('npm run release', () => {
  const roots: string[] = [];
  const fresh = () => {
    const root = copyOfRepository();
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('does nothing when the newest release already holds the data', () => {
    const root = fresh();
    const outcome = cutRelease(root, releaseTime);
    expect(outcome.created).toBe(false);
    expect(outcome.manifest.version).toBe(current);
  });

  it('refuses data changed under a version already released', () => {
    const root = fresh();
    edit(root, (data) => {
      data.agreements.find((a) => a.id === 'blr')!.signedPlace = 'Minsk';
    });
    expect(() => cutRelease(root, releaseTime)).toThrow(`differs from release ${current}, which is frozen. Give the data a new version`);
  });

  it('refuses data that fails validation, and writes nothing', () => {
    const root = fresh();
    edit(root, (data) => {
      nextVersion(data);
      data.agreements.find((a) => a.id === 'isr')!.inForce = '2020-01-01';
    });
    expect(() => cutRelease(root, releaseTime)).toThrow(/nothing was released:[\s\S]*agreement "isr"\.inForce/);
    expect(() => readFileSync(join(root, 'data/releases', next.version, 'manifest.json'))).toThrow();
  });

  it('refuses a version older than the newest release', () => {
    const root = fresh();
    edit(root, nextVersion);
    cutRelease(root, releaseTime);
    // The same changes, as a later version of the day before: valid data, but older than the release just made.
    const earlier = { version: `${current.slice(0, 10)}.9`, day: current.slice(0, 10).replaceAll('.', '-') };
    edit(root, (data) => {
      data.meta = { ...data.meta, version: earlier.version, updated: earlier.day };
      data.changelog = data.changelog.map((e) => (e.version === next.version ? { ...e, id: e.id.replace(next.day, earlier.day), date: earlier.day, version: earlier.version } : e));
    });
    expect(() => cutRelease(root, releaseTime)).toThrow(`meta.version ${earlier.version} is older than the newest release, ${next.version}.`);
  });

  it('is checked by a validator that refuses a wrong value, a broken lineage link and a broken descriptor', async () => {
    const dir = join(fresh(), 'data/releases/2026.11.27');
    const table = join(dir, 'agreements.csv');
    const csv = readFileSync(table, 'utf8');
    writeFileSync(table, csv.replace('\r\nukr,Ukraine,UA,UKR,804,country,2016-05-23,Kyiv,', '\r\nukr,Ukraine,UA,UKR,804,country,23 May 2016,Kyiv,'));
    expect((await checkPackage(dir)).problems).toEqual([expect.stringMatching(/^agreements: .*signed/)]);
    writeFileSync(table, csv.replace(',su-1990,,', ',su-1991,,'));
    expect((await checkPackage(dir)).problems).toEqual([expect.stringMatching(/^agreements: .*[Ff]oreign key/)]);
    writeFileSync(table, csv);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ ...descriptor, resources: [{ ...descriptor.resources[0], name: 'Agreements!' }] }));
    expect((await checkPackage(dir)).problems).toContainEqual(expect.stringMatching(/^datapackage\.json: Descriptor validation error/));
  });

  describe('a second release', () => {
    let root: string;
    let manifest: ReleaseManifest;
    let changes: ReleaseChanges;
    const dir = () => join(root, 'data/releases', next.version);
    beforeAll(() => {
      root = fresh();
      edit(root, nextVersion);
      const outcome = cutRelease(root, releaseTime);
      expect(outcome.created).toBe(true);
      manifest = outcome.manifest;
      changes = JSON.parse(readFileSync(join(dir(), 'changes.json'), 'utf8'));
    });

    it('is frozen under the version, intact, after the one before', () => {
      expect(manifest).toMatchObject({ version: next.version, date: next.day, created: releaseTime.toISOString().replace('.000', ''), previous: current });
      expect(manifest.counts.agreements).toBe(readDataset('data').agreements.length + 1);
      expect(releaseProblems(join(root, 'data/releases'), next.version)).toEqual([]);
      expect(cutRelease(root, releaseTime).created).toBe(false);
    });

    it('says what changed: the agreement added, and Belarus corrected field by field', () => {
      const belarus = (v: string) => (JSON.parse(readFileSync(join(root, 'data/releases', v, 'dataset.json'), 'utf8')) as Dataset).agreements.find((a) => a.id === 'blr')!;
      expect(changes).toMatchObject({ from: current, to: next.version, added: ['isr'], removed: [] });
      expect(changes.changed).toEqual([{ id: 'blr', fields: [{ field: 'notes', before: belarus(current).notes, after: belarus(next.version).notes }] }]);
      expect(changes.mras).toEqual({ added: [], removed: [], changed: [] });
      expect(changes.changelog.map((e) => e.id)).toEqual([`${next.day}-belarus-notes`, `${next.day}-israel`]);
    });

    it('names itself in CITATION.cff', () => {
      const citation = readFileSync(join(root, 'CITATION.cff'), 'utf8');
      expect(citation).toContain(`\nversion: "${next.version}"\n`);
      expect(citation).toContain(`\ndate-released: "${next.day}"\n`);
    });

    it('is a valid Frictionless Data Package, with the added agreement', async () => {
      const { problems, rows } = await checkPackage(dir());
      expect(problems).toEqual([]);
      expect(rows.get('agreements')?.at(-1)).toMatchObject({ id: 'isr', 'partner.iso3': 'ISR', signed: '2026-11-29', binding: null, sourceCount: 1 });
    });

    it('is refused by the build once a frozen file is edited', () => {
      const csv = join(dir(), 'mras.csv');
      const original = readFileSync(csv);
      writeFileSync(csv, Buffer.concat([original, Buffer.from('\r\n')]));
      try {
        expect(releaseProblems(join(root, 'data/releases'), next.version)).toEqual([
          `${next.version}/mras.csv: its bytes differ from the manifest's size and SHA-256; a frozen file is never edited`,
          `${next.version}/cmaa-atlas-${next.version}.zip: does not hold exactly the package's files`,
        ]);
        expect(() => releaseAssets(join(root, 'data/releases'))).toThrow(/data\/releases\/ has 2 problem/);
      } finally {
        writeFileSync(csv, original);
      }
    });

    describe('served by the Worker', () => {
      let env: Env;
      beforeAll(() => {
        // The build's output with these releases in place of the repository's: the Worker's current data stays
        // the build's (its code names that version), and the releases are read as the build would write them.
        const assets = mkdtempSync(join(tmpdir(), 'cmaa-assets-'));
        roots.push(assets);
        cpSync('web/dist/data/dataset.json', join(assets, 'data/dataset.json'), { recursive: true });
        for (const { fileName, source } of releaseAssets(join(root, 'data/releases'))) {
          mkdirSync(dirname(join(assets, fileName)), { recursive: true });
          writeFileSync(join(assets, fileName), source);
        }
        env = { CF_VERSION_METADATA: { id: 'test-version', tag: '', timestamp: '2026-11-30T00:00:00Z' }, ASSETS: assetsIn(assets) } as unknown as Env;
      });
      const json = async (path: string) => {
        const response = await app.request(path, {}, env, executionContext);
        expect(response.status, path).toBe(200);
        return response.json() as Promise<Record<string, never>>;
      };

      it('lists the releases, newest first, and serves the changes of each', async () => {
        const list = await json('/api/v1/releases');
        const versions = (list.releases as ReleaseManifest[]).map((r) => r.version);
        expect(versions.slice(0, 2)).toEqual([next.version, current]);
        expect(versions.at(-1)).toBe('2026.11.27');
        expect(await json(`/api/v1/releases/${next.version}/changes`)).toEqual(changes);
      });

      it('answers as each release did with version', async () => {
        const before = await json(`/api/v1/agreements/blr?version=${current}`);
        const after = await json(`/api/v1/agreements/blr?version=${next.version}`);
        expect((after.agreement as Agreement).notes).toBe(`${(before.agreement as Agreement).notes} Corrected by the release test.`);
        expect((await json(`/api/v1/agreements?version=${next.version}&q=israel`)).agreements).toEqual([israel]);
        const missing = await app.request(`/api/v1/agreements/isr?version=${current}`, {}, env, executionContext);
        expect(missing.status).toBe(404);
      });

      it("gives a record's history through the releases", async () => {
        const belarus = (await json('/api/v1/agreements/BY/history')).history as { version: string; change: string; changes: { field: string }[] }[];
        const steps = belarus.map((h) => [h.version, h.change, h.changes.map((c) => c.field)]);
        expect(steps[0]).toEqual([next.version, 'changed', ['notes']]);
        expect(steps.at(-1)).toEqual(['2026.11.27', 'added', []]);
        // Israel is in no current data of this Worker, only in the newest release.
        const added = (await json('/api/v1/agreements/isr/history')).history as { change: string; agreement: unknown }[];
        expect(added.map((h) => [h.change, h.agreement])).toEqual([['added', israel], ...added.slice(1).map(() => ['absent', null])]);
      });
    });
  });
});
