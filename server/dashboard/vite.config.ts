import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

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
        // The dashboard carries no copy of the catalog: tool names, searches and supplier facts come
        // from the server's catalog in use, so its pages stay small and never older than the server.
        manualChunks: (id) => (id.includes('/node_modules/') ? 'vendor' : undefined),
      },
      // zod's sources carry /* @__PURE__ */ comments Rollup cannot place; harmless, and noisy in `pnpm test`.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
