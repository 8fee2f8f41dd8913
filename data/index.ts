// The dataset as one typed object, for the Worker, the build and the tests.

import agreements from './agreements.json';
import cbpCounts from './cbp-counts.json';
import countries from './countries.json';
import euMembers from './eu-members.json';
import meta from './meta.json';
import mras from './mras.json';
import type { Country, Dataset } from './types';

export const dataset = { meta, agreements, euMembers, mras, cbpCounts } as Dataset;
export const countryCodes = countries as Country[];
