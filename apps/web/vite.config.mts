import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The portal: built into dist/web, served by the gateway (apps/gateway) together with /api/<service>. */
export default defineConfig({
  root,
  plugins: [react()],
  // The browser-safe shared libs (runtime:browser), from source; @sluitend/domain-nl/node is never resolved here.
  resolve: {
    alias: {
      '@sluitend/domain-nl': fileURLToPath(new URL('../../libs/domain-nl/src/index.ts', import.meta.url)),
      // The same zod schemas the API validates with (the portal's forms check them before sending).
      '@sluitend/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
  },
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
});
