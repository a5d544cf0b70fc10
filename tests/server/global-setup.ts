import { buildFlowCore, flowCoreStale } from '../../scripts/matching/build-flow-core';

/**
 * The engine's optimal solver is WebAssembly generated from engine/wasm/ (decision 094). `npm ci` builds
 * it (prepare → build:server); this builds it for a worktree that has not built since the sources changed.
 */
export default function setup() {
  if (flowCoreStale()) buildFlowCore();
}
