// Writes data/countries.json, the ISO 3166-1 table the dataset's codes are checked against and the page's
// search reads alternative names from. Regenerate after upgrading i18n-iso-countries: `npm run data:countries`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

// Short names as people write them, where the ISO short name is a mouthful.
const preferredNames = {
  TW: 'Taiwan',
  KR: 'South Korea',
  KP: 'North Korea',
  MK: 'North Macedonia',
};

const rows = Object.entries(countries.getAlpha2Codes())
  // Kosovo's code is user-assigned, not ISO 3166-1; the dataset may still need it, so it stays.
  .map(([iso2, iso3]) => {
    const names = [countries.getName(iso2, 'en', { select: 'all' })].flat();
    const name = preferredNames[iso2] ?? countries.getName(iso2, 'en', { select: 'alias' }) ?? names[0];
    return {
      iso2,
      iso3,
      isoNumeric: countries.alpha2ToNumeric(iso2),
      name,
      altNames: [...new Set(names.filter((n) => n !== name))],
    };
  })
  .sort((a, b) => a.iso2.localeCompare(b.iso2));

writeFileSync(new URL('../data/countries.json', import.meta.url), JSON.stringify(rows, null, 1) + '\n');
console.log(`data/countries.json: ${rows.length} countries`);
