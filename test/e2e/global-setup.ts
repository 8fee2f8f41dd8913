// Starts the real Worker with `wrangler dev` for the browser tests (`npm test` builds the page first), with a
// new local database and maintainer token of its own, and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { startDevServer } from '../../scripts/dev-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    maintainerToken: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDevServer();
  project.provide('baseUrl', server.url);
  project.provide('maintainerToken', server.token);
  return server.stop;
}
