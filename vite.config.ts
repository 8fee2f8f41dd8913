import { defineConfig, type Plugin } from 'vite';
import { dataset } from './data/index';
import { assertValidDataset, countryCodes } from './data/validate';

/** Bad data in data/ fails the build, with a message naming the record and the field. */
function validateData(): Plugin {
  return { name: 'validate-data', buildStart: () => assertValidDataset(dataset, countryCodes) };
}

export default defineConfig({
  root: 'web',
  plugins: [validateData()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Small assets (the geometry) stay separate files so they are cached on their own.
    assetsInlineLimit: 0,
  },
});
