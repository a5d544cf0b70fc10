// The workbook writer's worker started from source (vitest, tsx): this plain module registers tsx in the
// worker thread and imports the .ts entry, as read-worker.dev.mjs does. The bundle does not need it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./workbook-worker.ts', import.meta.url);
