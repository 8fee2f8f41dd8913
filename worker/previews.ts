// The link-preview images' manifest (scripts/previews.ts writes it at build time, among the static assets):
// the countries that have a page, with their names on the map and their images. Read once per isolate.

import { previewsFile, type PreviewManifest } from '../data/previews-file';
import { readOnce } from './dataset';

export const loadPreviews = readOnce(async (assets: Fetcher): Promise<PreviewManifest> => {
  const response = await assets.fetch(new Request(new URL(previewsFile, 'https://assets.local')));
  if (!response.ok) throw new Error(`The previews manifest ${previewsFile} answered ${response.status}.`);
  return response.json();
});
