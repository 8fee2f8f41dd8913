// The releases behind a record in the details panel: read from its history, named in its citation, stated
// with a link to the history.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { Atlas } from '../../web/src/atlas';
import { citationText, detailsHtml } from '../../web/src/details';
import { historyItems, recordRelease, RecordReleases, releaseNoteHtml } from '../../web/src/record-release';
import { english } from '../../web/src/i18n';

const atlas = new Atlas({ ...dataset, meta: { ...dataset.meta, version: '2026.12.01' } });
const context = { day: '2026-12-02', today: '2026-12-02', origin: 'https://atlas.example' };

const history = historyItems({
  id: 'ukr',
  history: [
    { version: '2026.12.01', date: '2026-12-01', change: 'changed', agreement: {}, changes: [{ field: 'signedPlace', before: 'Kiev', after: 'Kyiv' }, { field: 'notes', before: null, after: 'x' }] },
    { version: '2026.11.28', date: '2026-11-28', change: 'unchanged', agreement: {}, changes: [] },
    { version: '2026.11.27', date: '2026-11-27', change: 'added', agreement: {}, changes: [] },
    { version: 7, change: 'changed' },
    { version: '2026.11.26', change: 'renamed' },
  ],
});

describe('historyItems', () => {
  it('reads the versions, kinds of change and fields changed, leaving out what it cannot read', () => {
    expect(history).toEqual([
      { version: '2026.12.01', change: 'changed', fields: ['signedPlace', 'notes'] },
      { version: '2026.11.28', change: 'unchanged', fields: [] },
      { version: '2026.11.27', change: 'added', fields: [] },
    ]);
    expect(historyItems('<html>')).toEqual([]);
  });
});

describe('recordRelease', () => {
  it('cites the newest release when it is the data shown, and names the release of the last change', () => {
    expect(recordRelease('ukr', history, '2026.12.01')).toEqual({
      id: 'ukr', dataVersion: '2026.12.01', cited: '2026.12.01', changed: { version: '2026.12.01', added: false, fields: ['signedPlace', 'notes'] },
    });
    expect(recordRelease('ukr', history.slice(1), '2026.11.28')).toMatchObject({ cited: '2026.11.28', changed: { version: '2026.11.27', added: true } });
  });

  it('cites no release when the data shown is newer than every release, or the record is in none', () => {
    expect(recordRelease('ukr', history, '2026.12.05').cited).toBeNull();
    expect(recordRelease('isr', [{ version: '2026.12.01', change: 'absent', fields: [] }], '2026.12.01')).toMatchObject({ cited: null, changed: null });
  });
});

describe('the details panel', () => {
  const ukraine = atlas.coverage('UKR', 'Ukraine', context.day);
  const release = recordRelease('ukr', history, '2026.12.01');

  it('says in which release the record changed, and links its history', () => {
    const html = detailsHtml(ukraine, atlas, { ...context, release }, english);
    expect(html).toContain('<p class="release-note">Changed in release 2026.12.01 (place of signature and notes). <a href="/api/v1/agreements/ukr/history">History of this record</a></p>');
    expect(releaseNoteHtml(recordRelease('ukr', history.slice(2), '2026.11.27'), english)).toContain('Added in release 2026.11.27.');
    expect(releaseNoteHtml(recordRelease('ukr', history, '2026.12.05'), english)).toContain('The data shown, version 2026.12.05, is newer than the latest release.');
    expect(releaseNoteHtml(recordRelease('isr', [], '2026.12.05'), english)).toContain('Not yet in a release.');
    expect(detailsHtml(ukraine, atlas, context, english)).not.toContain('release-note');
  });

  it('cites the release and the record pinned to it, once known', () => {
    expect(citationText(ukraine, atlas, { ...context, release }, english)).toContain(
      'In: CMAA Atlas, release 2026.12.01. https://atlas.example/country/ukr (record: https://atlas.example/api/v1/agreements/ukr?version=2026.12.01).',
    );
    expect(citationText(ukraine, atlas, context, english)).toContain('In: CMAA Atlas, dataset version 2026.12.01. https://atlas.example/country/ukr (record: https://atlas.example/api/v1/agreements/ukr).');
    // The release of another record is not this one's.
    expect(citationText(ukraine, atlas, { ...context, release: { ...release, id: 'blr' } }, english)).toContain('dataset version 2026.12.01');
  });
});

describe('RecordReleases', () => {
  it('loads a history once, tells when it has, and keeps a failure from asking again', async () => {
    const asked: string[] = [];
    let loaded = 0;
    const releases = new RecordReleases(async (id) => {
      asked.push(id);
      if (id === 'zz') throw new Error('404');
      return { history: [{ version: '2026.11.27', change: 'added', changes: [] }] };
    }, () => (loaded += 1));
    expect(releases.of('ukr', '2026.11.27')).toBeNull();
    expect(releases.of('ukr', '2026.11.27')).toBeNull();
    releases.of('zz', '2026.11.27');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(releases.of('ukr', '2026.11.27')).toMatchObject({ cited: '2026.11.27', changed: { version: '2026.11.27', added: true } });
    expect(releases.of('zz', '2026.11.27')).toBeNull();
    expect(asked).toEqual(['ukr', 'zz']);
    expect(loaded).toBe(1);
  });
});
