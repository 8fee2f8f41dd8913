import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { datasetFile } from './data/dataset-file';
import { dataset } from './data/index';
import { languages } from './data/i18n';
import { htmlSafeJson } from './data/json';
import { messagesFile, type MessagesFile } from './data/messages-file';
import { previewsFile } from './data/previews-file';
import { assertValidDataset, countryCodes } from './data/validate';
import { releaseAssets } from './scripts/release';
import { buildPreviews } from './scripts/previews';
import ar from './web/src/messages/ar';
import en from './web/src/messages/en';
import es from './web/src/messages/es';
import fr from './web/src/messages/fr';
import pt from './web/src/messages/pt';
import servedAr from './web/src/messages/served/ar';
import servedEn from './web/src/messages/served/en';
import servedEs from './web/src/messages/served/es';
import servedFr from './web/src/messages/served/fr';
import servedPt from './web/src/messages/served/pt';
import servedUk from './web/src/messages/served/uk';
import uk from './web/src/messages/uk';
import { docsFile, openApiFile, originToken } from './worker/description-files';
import { docsPage, docsPolicy } from './worker/docs';
import { openApiDocument } from './worker/openapi';

/**
 * Bad data in data/ fails the build, with a message naming the record and the field. The data that passed is
 * written as one file among the static assets, where the Worker reads it (data/dataset-file.ts), HTML-safe
 * like every JSON answer (data/json.ts).
 */
function datasetAsset(): Plugin {
  return {
    name: 'dataset-asset',
    buildStart: () => assertValidDataset(dataset, countryCodes),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: datasetFile.slice(1), source: htmlSafeJson(dataset) });
    },
  };
}

/**
 * The OpenAPI document and the docs page, generated from the route table, go among the static assets where
 * the Worker reads them (worker/description.ts): their prose and schemas would otherwise be a third of its code.
 */
function apiDescription(): Plugin {
  return {
    name: 'api-description',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: openApiFile.slice(1), source: htmlSafeJson(openApiDocument) });
      const docs = { policy: await docsPolicy(), html: String(await docsPage(originToken)) };
      this.emitFile({ type: 'asset', fileName: docsFile.slice(1), source: htmlSafeJson(docs) });
    },
  };
}

/**
 * The frozen releases (data/releases/, made by `npm run release`) go among the static assets as they are, with
 * the list of them, where the Worker reads them (data/releases.ts). A release whose files differ from its
 * manifest fails the build.
 */
function releasesAsset(): Plugin {
  let assets: ReturnType<typeof releaseAssets> = [];
  return {
    name: 'releases-asset',
    buildStart: () => {
      assets = releaseAssets('data/releases');
    },
    generateBundle() {
      for (const { fileName, source } of assets) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

/**
 * The style sheet goes into each page itself (the atlas and the embed share one), which saves the first view
 * a round trip before anything is painted; the Content-Security-Policy in _headers then allows exactly that
 * style element, by its hash.
 */
function inlineStyleSheet(): Plugin {
  const hashes = new Set<string>();
  let outDir = '';
  return {
    name: 'inline-style-sheet',
    apply: 'build',
    enforce: 'post',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_, bundle) {
      const files = Object.values(bundle);
      // The HTML parser turns CR LF into LF before the browser hashes the style element: hash what it will see.
      const sheets = new Map(files.flatMap((f) => (f.type === 'asset' && f.fileName.endsWith('.css') ? [[f.fileName, String(f.source).replace(/\r\n?/g, '\n')]] : [])));
      for (const page of files) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        const links = [...String(page.source).matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)];
        const css = links.length === 1 ? sheets.get(links[0][1]) : undefined;
        if (css === undefined) throw new Error(`inline-style-sheet: ${page.fileName} does not link one style sheet of the build`);
        page.source = String(page.source).replace(links[0][0], () => `<style>${css}</style>`);
        hashes.add(createHash('sha256').update(css).digest('base64'));
      }
      for (const name of sheets.keys()) delete bundle[name];
    },
    writeBundle() {
      if (hashes.size === 0) return;
      const headers = `${outDir}/_headers`;
      const allowed = [...hashes].map((hash) => `'sha256-${hash}'`).join(' ');
      writeFileSync(headers, readFileSync(headers, 'utf8').replace("style-src 'self'", `style-src 'self' ${allowed}`));
    },
  };
}

/**
 * Each language's messages as a file among the static assets, where the Worker reads the words of the pages
 * it writes (data/messages-file.ts): the page's own, which the page loads as code (web/src/i18n.ts), and
 * those only the Worker writes (web/src/messages/served/).
 */
function messagesAssets(): Plugin {
  const catalogues = {
    en: { ...en, ...servedEn }, es: { ...es, ...servedEs }, fr: { ...fr, ...servedFr },
    pt: { ...pt, ...servedPt }, uk: { ...uk, ...servedUk }, ar: { ...ar, ...servedAr },
  };
  return {
    name: 'messages-assets',
    generateBundle(_options, bundle) {
      for (const lang of languages) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === resolve(`web/src/messages/${lang}.ts`));
        if (lang !== 'en' && !chunk) this.error(`No module of the ${lang} messages in the bundle.`);
        const file: MessagesFile = { messages: catalogues[lang], script: chunk ? `/${chunk.fileName}` : null };
        this.emitFile({ type: 'asset', fileName: messagesFile(lang).slice(1), source: JSON.stringify(file) });
      }
    },
  };
}

/**
 * The link-preview images of the world and of every country (scripts/previews.ts), and the manifest the
 * Worker finds them by. Their names carry a hash of their content, so they are cached as immutable.
 */
function previewImages(): Plugin {
  let outDir = '';
  return {
    name: 'preview-images',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Written beside the bundle rather than emitted into it, which would list 240 images in the build's report.
    async writeBundle() {
      const topology = JSON.parse(readFileSync('web/generated/world.topo.json', 'utf8'));
      const { files, manifest, drawn, seconds } = await buildPreviews(dataset, topology, 'web/generated/previews');
      mkdirSync(`${outDir}/previews`, { recursive: true });
      for (const { fileName, png } of files) writeFileSync(`${outDir}/${fileName}`, png);
      writeFileSync(`${outDir}${previewsFile}`, JSON.stringify(manifest));
      const largest = Math.max(...files.map((f) => f.png.byteLength));
      console.log(`preview images: ${files.length} (largest ${(largest / 1024).toFixed(1)} KB), ${drawn} drawn in ${seconds.toFixed(1)} s, the others unchanged (web/generated/previews)`);
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [datasetAsset(), apiDescription(), releasesAsset(), messagesAssets(), previewImages(), inlineStyleSheet()],
  build: {
    outDir: 'dist',
    // The atlas, and the map alone for other sites to frame (/embed).
    rollupOptions: {
      input: { index: resolve('web/index.html'), embed: resolve('web/embed.html') },
      // A language's messages are named for it: words-uk-….js (the page's), words-later-uk-….js (the parts
      // loaded when reached), which the bench measures.
      output: {
        chunkFileNames: ({ facadeModuleId }) => {
          const words = /\/web\/src\/messages\/(later\/)?(\w+)\.ts$/.exec(facadeModuleId ?? '');
          return words ? `assets/words-${words[1] ? 'later-' : ''}${words[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
    // One style sheet for both pages, inlined into each (inlineStyleSheet): no script loads one later.
    cssCodeSplit: false,
    emptyOutDir: true,
    // Small assets (the geometry) stay separate files so they are cached on their own.
    assetsInlineLimit: 0,
  },
});
