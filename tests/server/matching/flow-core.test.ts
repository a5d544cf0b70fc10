// The engine's core is WebAssembly (engine/wasm/, decisions 094 and 095): the CLI's bundle carries it
// instead of a JavaScript solver (min-cost flow and deferred acceptance), and its linear memory grows
// for a large round without disturbing later solves in the same process (the server's worker and the
// benchmark solve several rounds).
import loadHighs from 'highs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { generateRound } from '../../../scripts/matching/generate-round';
import { solveWithHighs } from '../../../scripts/matching/highs-model';
import { verifyResult } from '../../../scripts/matching/verify-result';
import { lendCoreMemory, solveRound } from '../../../server/features/placements/engine/index';
import { flowCoreWasm } from '../../../server/features/placements/engine/flow-core-wasm';
import { coreMemoryBytes } from '../../../server/features/placements/engine/wasm-core';
import type { RoundResult } from '../../../server/features/placements/engine/types';

const answer = (r: RoundResult) => ({ ...r, stats: { ...r.stats, solveMs: 0 } });

describe('the WebAssembly core of the engine', () => {
  it('is what the bundled CLI solves with: its bytes inlined, no JavaScript search left', async () => {
    const out = await build({
      entryPoints: ['scripts/match.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
      write: false,
    });
    const text = out.outputFiles[0]!.text;
    expect(new WebAssembly.Module(flowCoreWasm)).toBeInstanceOf(WebAssembly.Module);
    expect(text).toContain(Buffer.from(flowCoreWasm).toString('base64'));
    expect(text).toContain('new WebAssembly.Instance');
    // deferred acceptance (the stable objective) is in the core too: its heaps and exchanges are gone
    for (const gone of [
      'shortestPathRound',
      'augmentRound',
      'globalRelabel',
      'refillFromOverflow',
      'worstEntry',
      'worseThanAll',
    ])
      expect(text).not.toContain(gone);
  });

  it('grows its memory for a large round, exactly, and solves smaller rounds after it unchanged', async () => {
    const small = generateRound({ students: 300, locations: 20, choices: 8, seed: 21, fixedRatio: 0.03 });
    const large = generateRound({ students: 3000, locations: 150, choices: 10, seed: 22, fixedRatio: 0.02 });
    const first = solveRound(small);
    const before = coreMemoryBytes();
    const big = solveRound(large);
    const grown = coreMemoryBytes();
    expect(grown).toBeGreaterThan(before);
    expect(verifyResult(large, big)).toEqual([]);
    const reference = solveWithHighs(await loadHighs(), large, 'simplex');
    expect({ placed: big.stats.placed, rankCost: big.stats.rankCost }).toEqual({
      placed: reference.placed,
      rankCost: reference.rankCost,
    });
    // the same answers again from the grown memory: nothing of an earlier solve leaks into the next
    expect(answer(solveRound(small))).toEqual(answer(first));
    expect(answer(solveRound(large))).toEqual(answer(big));
    expect(coreMemoryBytes()).toBe(grown);
  });

  it('solves as before after its memory was lent out and written all over (the CLI reads its file into it)', () => {
    for (const objective of ['optimal', 'stable'] as const) {
      const round = generateRound({
        students: 2000,
        locations: 90,
        choices: 10,
        seed: 23,
        fixedRatio: 0.02,
        objective,
      });
      const clean = answer(solveRound(round));
      // more than the solve uses, so every array it lays out lands on bytes that are not zero
      const lent = lendCoreMemory(coreMemoryBytes());
      lent.fill(0xa5);
      expect(answer(solveRound({ ...round }))).toEqual(clean);
    }
  });
});
