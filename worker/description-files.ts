// Where the build writes the API's description among the static assets (vite.config.ts), and where the
// Worker reads it (description.ts).

export const openApiFile = '/api/v1/openapi.json';
/** `{ policy, html }`: the docs page with `originToken` where the origin it is served from goes. */
export const docsFile = '/api/docs.json';
export const originToken = '{{origin}}';
