// The dataset as one typed object, for the build (which writes it as one file that the Worker reads) and the
// tests. (The ISO table that codes are checked against, countries.json, is imported only where data is
// validated.)

import agreements from './agreements.json';
import cbpCounts from './cbp-counts.json';
import changelog from './changelog.json';
import euMembers from './eu-members.json';
import meta from './meta.json';
import mras from './mras.json';
import unconfirmed from './unconfirmed.json';
import type { Dataset } from './types';

export const dataset = { meta, agreements, euMembers, mras, cbpCounts, unconfirmed, changelog } as Dataset;
