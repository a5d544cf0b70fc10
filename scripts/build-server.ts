/**
 * Bundles the server and the command-line tools into dist/ with esbuild (npm packages stay external).
 * Runs on `npm install` (prepare) so `npm run match` works right after install, and on `npm start`.
 * The match CLI and its floor (scripts/match-floor.ts, for the benchmark) are each one self-contained
 * CommonJS file without a source map, requiring only node:fs and node:buffer (decisions 084 and 093).
 * The optimal solver's core is WebAssembly compiled from AssemblyScript first (decision 094).
 */
import { build } from 'esbuild';
import { buildFlowCore } from './matching/build-flow-core';

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

// first: the bundles below inline the optimal solver's WebAssembly core (decision 094)
buildFlowCore();
await build({
  ...common,
  entryPoints: [
    'server/index.ts',
    'server/features/placements/placement-worker.ts',
    'server/features/placements/import/read-worker.ts',
    'server/features/placements/workbook-worker.ts',
  ],
  sourcemap: true,
});
// CommonJS, not ESM: node's ESM loader costs the one-shot CLI ~50 ms of start-up (decision 093)
await build({
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  entryPoints: ['scripts/match.ts', 'scripts/match-floor.ts'],
});
