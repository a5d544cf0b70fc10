// The engine's worker started from source (vitest, tsx): Node cannot load the .ts entry by itself,
// so this plain module registers tsx in the worker thread and imports it. The bundle does not need it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./placement-worker.ts', import.meta.url);
