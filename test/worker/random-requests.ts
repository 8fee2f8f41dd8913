// Random HTTP requests for the property tests (fuzz.test.ts): real routes and codes mixed with hostile
// parts, so that the cases reach every route and every branch of the parsing, not only the 404s.
import fc from 'fast-check';

export interface RandomRequest {
  method: string;
  /** Path and query, as sent after the origin. */
  target: string;
  headers: Record<string, string>;
}

/** Cloudflare's edge refuses longer URLs and longer header values, so the Worker never sees them. */
export const EDGE_LIMIT = 16 * 1024;

const routes = [
  'agreements', 'agreements.csv', 'agreements/ukr', 'agreements/UA', 'agreements/804', 'agreements/eu', 'agreements/su-1990',
  'eu-members', 'mras', 'mras.csv', 'cbp-counts', 'changes.json', 'schema/agreement.json', 'openapi.json',
  'agreements/ukr/history', 'agreements/pry-2002/history', 'changes.atom', 'releases', 'releases/2026.11.27', 'releases/2026.11.27.zip',
  'releases/2026.11.27/changes', 'releases/2026.11.27/datapackage.json', 'releases/2026.11.27/agreements.csv', 'releases/1999.01.01',
  'reports', 'reports/abcdefghjk',
];

/** Pieces that trip naive parsers: bad and encoded escapes, separators, quotes, markup, bidi and combining marks. */
const awkward = fc.constantFrom(
  '%', '%%', '%ZZ', '%0', '%00', '%2F', '%2f', '%2E%2E', '..', '.', ';', ',', '+', '=', '&', '~', '@', ':', '"', "'", '<', '>',
  '\\', '%0D%0A', '%E2%80%AE', '%F0%9F%8C%8D', '%C3', '%CC%81', '%FF', ' ', '\u0301', '\uD800', 'é', '🌍', '__proto__', 'constructor',
);

/** Any text: printable or not, any script; sometimes percent-encoded, sometimes raw for the URL parser to encode. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.array(awkward, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
);

/** Text repeated to a length of up to 10,000 characters. */
const long = fc.tuple(fc.oneof(text, awkward).filter((t) => t.length > 0), fc.integer({ min: 100, max: 10_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

const codes = fc.constantFrom('ukr', 'UKR', 'ua', 'UA', '804', '0804', '4', 'eu', 'EU', 'su-1990', 'pry-2002', 'zz', 'usa', '000');
const segment = fc.oneof({ weight: 3, arbitrary: text }, { weight: 2, arbitrary: codes }, { weight: 1, arbitrary: long });
const segments = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

const path = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...routes).map((route) => `/api/v1/${route}`) },
  { weight: 3, arbitrary: segment.map((s) => `/api/v1/agreements/${s}`) },
  { weight: 1, arbitrary: segments.map((s) => `/api/v1/agreements/${s}`) },
  { weight: 1, arbitrary: segment.map((s) => `/api/v1/releases/${s}`) },
  { weight: 1, arbitrary: segments.map((s) => `/api/v1/releases/2026.11.27/${s}`) },
  { weight: 2, arbitrary: segments.map((s) => `/api/v1/${s}`) },
  { weight: 1, arbitrary: segments.map((s) => `/api/${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('/api', '/api/', '/api/v1', '/api/v1/', '/api//v1/agreements', '/api/v1/agreements/') },
  { weight: 2, arbitrary: fc.constantFrom('/', '/index.html', '/robots.txt', '/sitemap.xml', '/embed', '/assets/index.js', '/favicon.ico') },
  { weight: 2, arbitrary: segment.map((s) => `/country/${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('/country/ukr', '/country/UKR', '/country/ata', '/api/v1/oembed') },
  { weight: 1, arbitrary: segments.map((s) => `/${s}`) },
);

const parameterNames = fc.constantFrom(
  'asOf', 'status', 'q', 'fields', 'version', 'country', 'kind', 'agreement', 'limit', 'offset', 'include', 'url', 'maxwidth',
  'ASOF', 'Status', 'as%4Ff', 'callback', 'format', '',
);
const values = fc.oneof(
  fc.constantFrom('2016-05-23', '2000-01-01', '1900-01-01', '2999-12-31', '2016-02-30', '2016-5-23', '+002016-05-23', '2016-05-23T00:00'),
  fc.constantFrom('all', 'in-force', 'signed', 'superseded', 'signed,superseded', ',,', 'ALL', 'in-force, signed'),
  fc.constantFrom('partner', 'signed,status', 'id,id', 'partner.name', 'notes,sources', 'kor', 'méxico', 'peru', 'united k'),
  fc.constantFrom('2026.11.27', '2026.11.27.2', '1999.01.01', '2026.02.30', '2026-11-27', 'UKR', 'ua', '804', 'su-1990', 'zz'),
  fc.constantFrom('new,accepted', 'correction', 'ukr', 'isl', '10', '0', '100', '101', '-1', 'contact'),
  text,
  long,
);
const pair = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.oneof(parameterNames, text), values).map(([name, value]) => `${name}=${value}`) },
  { weight: 1, arbitrary: fc.oneof(parameterNames, text) },
);
/** Pairs, sometimes one of them repeated up to 2,000 times. */
const pairs = fc.oneof(
  { weight: 4, arbitrary: fc.array(pair, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(pair, fc.integer({ min: 2, max: 2_000 })).map(([p, times]) => Array<string>(times).fill(p)) },
);
const query = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: pairs.map((list) => (list.length ? `?${list.join('&')}` : '?')) },
);

/** A header value: printable ASCII (what a browser lets a page send), short or up to the edge's limit. */
const headerText = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((value) => value.replace(/[^\x20-\x7e]/g, ' ')),
  fc.tuple(fc.constantFrom('W/"x", ', ',', ' ', '"', '*', 'a'), fc.integer({ min: 1, max: EDGE_LIMIT - 1 }))
    .map(([unit, times]) => unit.repeat(times).slice(0, EDGE_LIMIT - 1)),
);
const headers = fc.record(
  {
    'If-None-Match': fc.oneof(headerText, fc.constant('*'), fc.constantFrom('W/"2026.11.27-x"', '"x"', 'W/"a", *', 'W/', '""')),
    Accept: fc.oneof(headerText, fc.constantFrom('text/html', '*/*', 'application/json', 'text/csv', 'application/xml;q=0.9, */*;q=0.1')),
    Origin: fc.oneof(headerText, fc.constantFrom('null', 'https://elsewhere.example', 'http://127.0.0.1:8787')),
    'Access-Control-Request-Method': fc.constantFrom('GET', 'POST', 'DELETE', 'FOO'),
    'Access-Control-Request-Headers': headerText,
  },
  { requiredKeys: [] },
);

const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE');

export const request: fc.Arbitrary<RandomRequest> = fc.record({
  method,
  target: fc.tuple(path, query).map(([p, q]) => (p + q).slice(0, EDGE_LIMIT)),
  headers,
});

/** Markup and quotes that would show if a value were echoed into HTML (or broke out of a JSON string). */
const markerTemplates = ['<script>alert("#")</script>', '"><img src=x onerror=alert(#)>', "'--></style></script><b>#</b>", '<svg/onload=alert`#`>'];

/** A request with a marker placed in one of its inputs: a path segment, a parameter's name or value, or a header. */
export const requestWithMarker = fc
  .tuple(request, fc.constantFrom(...markerTemplates), fc.stringMatching(/^[a-z0-9]{8}$/), fc.nat(5), fc.boolean())
  .map(([random, template, token, place, encoded]) => {
    const marker = template.replace('#', token);
    const inUrl = encoded ? encodeURIComponent(marker) : marker;
    const split = random.target.indexOf('?');
    const [path, query] = split === -1 ? [random.target, ''] : [random.target.slice(0, split), random.target.slice(split + 1)];
    const placed: RandomRequest = { ...random, headers: { ...random.headers } };
    if (place === 0) placed.target = `${path}/${inUrl}${query && `?${query}`}`;
    else if (place === 1) placed.target = `${path}?${inUrl}=1${query && `&${query}`}`;
    else if (place === 2) placed.target = `${path}?q=${inUrl}${query && `&${query}`}`;
    else if (place === 3) placed.target = `/api/v1/agreements/${inUrl}`;
    else placed.headers[place === 4 ? 'Origin' : 'Accept'] = marker;
    return { random: placed, marker };
  });
