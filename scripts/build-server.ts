/**
 * Bundles the server and the command-line tools into dist/ with esbuild (npm packages stay external).
 * Runs on `npm install` (prepare) so `npm run match` works right after install, and on `npm start`.
 */
import { build } from 'esbuild';

await build({
  entryPoints: [
    'server/index.ts',
    'scripts/match.ts',
    'server/features/placements/placement-worker.ts',
    'server/features/placements/import/read-worker.ts',
  ],
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
