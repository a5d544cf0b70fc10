import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/build/precompress';

/** After the build: brotli and gzip copies of every asset, served as they are (server/http/static-files.ts). */
function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'werkplaats-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompress(outDir);
    },
  };
}

// The client lives in client/ and is built into dist/client, which the Fastify server serves.
// No source maps in the build: they would be served to anyone (stack traces come from the server's own maps).
// The manifest tells the first-load budget test which chunks a page needs.
// In development, `npm run dev` proxies the API to the server on port 3000.
export default defineConfig({
  root: 'client',
  plugins: [react(), precompressed()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false, manifest: true },
  server: {
    proxy: { '/trpc': 'http://localhost:3000', '/auth': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
});
