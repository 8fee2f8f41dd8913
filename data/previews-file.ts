// Where the build writes the link-preview images' manifest among the static assets (scripts/previews.ts),
// and what it holds; the Worker reads it to name each page's image and to know which countries have a page.
export const previewsFile = '/data/previews.json';

export interface PreviewManifest {
  /** The world's image: the home page's, and that of partners the map does not draw (former states). */
  world: string;
  /**
   * Every country with a page, by ISO alpha-3: its English name and ISO alpha-2 (by which the Worker names it in
   * the page's language), its image's path, and whether the map draws it
   * (former states have a page, but are no country of today's map).
   */
  countries: Record<string, { name: string; iso2: string | null; image: string; onMap: boolean }>;
}
