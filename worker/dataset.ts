// The dataset as the API serves it. It is not part of the Worker's code: the build writes it among the static
// assets (data/dataset-file.ts), and each isolate reads it once through the ASSETS binding, on the first
// request that needs it, then builds the look-ups and figures the routes use. Only data/meta.json, a few
// bytes, is built into the code: the ETags, every problem, the docs page and the OpenAPI document name the
// version without waiting for the file, and without it when it is missing.

import { createMiddleware } from 'hono/factory';
import { Network } from '../data/as-of';
import { datasetFile } from '../data/dataset-file';
import meta from '../data/meta.json';
import { reconcile } from '../data/reconcile';
import type { Agreement, Dataset } from '../data/types';
import { problem } from './problem';

/**
 * The tables, with the network by date, the comparison with CBP's count and the look-up by code: of the
 * current data, or of a frozen release (releases.ts).
 */
export function servedDataset({ meta, agreements, euMembers, mras, cbpCounts, unconfirmed, changelog }: Dataset) {
  const network = new Network(agreements, euMembers, meta.checked);
  const { byId } = network;

  const { cbpCount, ...figures } = reconcile(agreements, cbpCounts);
  /** How the list compares with CBP's latest stated count; part of the list's `meta`. */
  const reconciliation = {
    cbpCount: cbpCount && { count: cbpCount.count, date: cbpCount.date, source: cbpCount.source.url },
    ...figures,
  };

  /** The agreement a code names: its id, or the current agreement of the partner with that ISO code. */
  function agreementByCode(code: string): Agreement | undefined {
    const lower = code.toLowerCase();
    const exact = byId.get(lower);
    if (exact) return exact;
    const upper = code.toUpperCase();
    const numeric = /^[0-9]{1,3}$/.test(code) ? code.padStart(3, '0') : null;
    const partnerAgreements = agreements.filter(({ partner: p }) =>
      numeric ? p.isoNumeric === numeric : p.iso2 === upper || p.iso3 === upper,
    );
    return partnerAgreements.find((a) => a.status !== 'superseded') ?? partnerAgreements.at(-1);
  }

  return { meta, agreements, euMembers, mras, cbpCounts, unconfirmed, changelog, network, reconciliation, agreementByCode };
}

export type ServedDataset = ReturnType<typeof servedDataset>;

/** Reads the file; fails if it is missing, is not JSON, or is not the data this code was built with. */
async function fetchDataset(assets: Fetcher): Promise<ServedDataset> {
  const response = await assets.fetch(new Request(new URL(datasetFile, 'https://assets.local')));
  if (!response.ok) throw new Error(`The dataset file ${datasetFile} answered ${response.status}.`);
  const dataset = (await response.json()) as Dataset;
  // The ETags and every answer's `meta` come from the code's copy: data of another version would make them lie.
  if (JSON.stringify(dataset.meta) !== JSON.stringify(meta)) {
    throw new Error(`The dataset file is version ${dataset.meta?.version}, the Worker's code ${meta.version}: build and deploy them together.`);
  }
  return servedDataset(dataset);
}

/**
 * A reader of an asset that reads it once: concurrent first requests share one read, and a failed read is
 * forgotten, so that the next request tries again. The request that starts the read keeps it alive with
 * `waitUntil`: the others wait for it, and the runtime cancels a request's unfinished work when its client
 * goes away, which would leave them, and the shared read, waiting forever.
 */
export function readOnce<T>(read: (assets: Fetcher) => Promise<T>) {
  let loading: Promise<T> | undefined;
  return (assets: Fetcher, ctx: Pick<ExecutionContext, 'waitUntil'>): Promise<T> => {
    if (!loading) {
      loading = read(assets).catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      // A failure is reported by the requests that await it, not here.
      ctx.waitUntil(loading.catch(() => {}));
    }
    return loading;
  };
}

/** A reader of the dataset file, once per isolate. */
export const datasetLoader = () => readOnce(fetchDataset);

export const loadDataset = datasetLoader();

/**
 * Puts the dataset in `c.var.dataset` for the routes that read it; without it they answer 503. Routes that
 * do not read it (the docs page, the OpenAPI document, the schema, a path that is no route, 405s and
 * preflights) neither wait for it on a cold start nor fail with it.
 */
export const withDataset = createMiddleware<{ Bindings: Env; Variables: { dataset: ServedDataset } }>(async (c, next) => {
  try {
    c.set('dataset', await loadDataset(c.env.ASSETS, c.executionCtx));
  } catch (error) {
    console.error(error);
    return problem(c, 'unavailable', 'The data could not be loaded; the failure has been logged. Try again shortly.');
  }
  await next();
});
