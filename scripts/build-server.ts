/**
 * Bundles the server and the command-line tools into dist/ with esbuild (npm packages stay external).
 * Runs on `npm install` (prepare) so `npm run match` works right after install, and on `npm start`.
 * The match CLI and its floor (scripts/match-floor.ts, for the benchmark) are each one self-contained
 * file without a source map, importing only node:fs (docs/decisions/084-engine-near-its-floor.md).
 */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist',
  outbase: '.',
  logLevel: 'warning',
} as const;

await build({
  ...common,
  entryPoints: [
    'server/index.ts',
    'server/features/placements/placement-worker.ts',
    'server/features/placements/import/read-worker.ts',
  ],
  sourcemap: true,
});
await build({ ...common, entryPoints: ['scripts/match.ts', 'scripts/match-floor.ts'] });
