import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The compiled catalog's data files (the tool names the pages show) in chunks of their own: at 5,723
 * tools they are ~700 KB of minified script, and in the app's chunk they pushed it past the warning
 * limit. Files that other data files import (define.ts, regions.ts, a few lists) go in one chunk
 * that imports none of the rest; the others are split by file name. No catalog chunk imports one that
 * imports it back, so each file's imports have run before it does (a cycle between chunks would
 * reach `defineTools` before its chunk ran). `data/index.ts`, which imports them all, stays with the app.
 */
const CATALOG_DATA = '/shared/src/catalog/data/';
const CATALOG_CHUNKS = 3;
const stringHash = (text: string) =>
  [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 0);
const isDataIndex = (id: string) => id.endsWith(`${CATALOG_DATA}index.ts`);

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // Libraries in a chunk of their own: each chunk stays under the warning limit (a `(!)` warning in
      // `pnpm start` reads like an error), and a new dashboard release leaves the libraries cached.
      output: {
        manualChunks: (id, { getModuleInfo }) => {
          if (id.includes('/node_modules/')) return 'vendor';
          const at = id.indexOf(CATALOG_DATA);
          if (at === -1 || isDataIndex(id)) return undefined;
          const importers = getModuleInfo(id)?.importers ?? [];
          const shared = importers.some((i) => i.includes(CATALOG_DATA) && !isDataIndex(i));
          return shared ? 'catalog-base' : `catalog-${stringHash(id.slice(at)) % CATALOG_CHUNKS}`;
        },
      },
      // zod's sources carry /* @__PURE__ */ comments Rollup cannot place; harmless, and noisy in `pnpm test`.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
