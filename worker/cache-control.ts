// How long each kind of answer may be kept: named once, for the headers (http.ts) and for the API's
// description (docs.ts, openapi.ts, which the build runs outside the Worker).

/** An hour fresh, then served stale for a day while a cache revalidates: the data changes a few times a year. */
export const cacheControl = 'public, max-age=3600, stale-while-revalidate=86400';

/** A release's frozen files never change. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** The reports change with every one sent: a cache may keep them, but asks again (with the ETag) every time. */
export const liveCacheControl = 'no-cache';

/** With contact details: for the maintainer who asked, and for no cache. */
export const privateCacheControl = 'private, no-store';
