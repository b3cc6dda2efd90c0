/**
 * Retrieval on a large repository: a synthetic TypeScript monorepo of about 20,000 files (see
 * context-synthetic-repository.ts), generated and committed once per run.
 *
 * - "first selection (no cache)": `selectContext` with an empty cache directory, so the index is
 *   built: files listed, read, outlined (TypeScript parser), split into terms, git history read,
 *   the index serialized to the cache; then ranking, the map and the budget. Median of several
 *   runs in this process (the first run, which also loads the TypeScript compiler, is reported
 *   on its own line).
 * - "cached selection": the same call again on the same commit: the index is loaded from the
 *   cache directory instead of built.
 *
 * Run with `npx tsx bench/context.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectContext, type ContextSelection } from '../src/adapters/context-select.js';
import { generateSyntheticRepository } from './context-synthetic-repository.js';
import { median, report } from './measure.js';

const RUNS = 5;
const BUDGET = 8000;
const GOAL = 'Fix the refund validator so that it respects the invoice limit';
const COLD_GOAL_MS = 3000;
const CACHED_GOAL_MS = 1000;

async function timed(task: () => Promise<ContextSelection>): Promise<{ milliseconds: number; selection: ContextSelection }> {
  const started = performance.now();
  const selection = await task();
  return { milliseconds: performance.now() - started, selection };
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'drydock-context-bench-'));
  try {
    const repository = join(directory, 'repository');
    const generationStarted = performance.now();
    const paths = await generateSyntheticRepository(repository);
    const generationMs = performance.now() - generationStarted;

    const cold: number[] = [];
    const cached: number[] = [];
    let first: number | undefined;
    let last: ContextSelection | undefined;
    for (let run = 0; run <= RUNS; run += 1) {
      const cacheDirectory = join(directory, `cache-${run}`);
      const built = await timed(() => selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: BUDGET, cacheDirectory }));
      if (built.selection.index.source !== 'built') throw new Error('the first selection did not build its index');
      const loaded = await timed(() => selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: BUDGET, cacheDirectory }));
      if (loaded.selection.index.source !== 'cache') throw new Error('the second selection did not load its index from the cache');
      if (run === 0) first = built.milliseconds;
      else cold.push(built.milliseconds);
      cached.push(loaded.milliseconds);
      last = loaded.selection;
    }
    const coldMedian = median(cold);
    const cachedMedian = median(cached);
    console.log(`${last?.index.files ?? paths.length} files indexed, generated and committed in ${(generationMs / 1000).toFixed(1)} s; ${last?.files.length ?? 0} files and ${last?.tokens ?? 0} of ${BUDGET} tokens selected`);
    report([
      { name: 'first selection, no cache (median)', value: coldMedian, unit: 'ms', goal: `< ${COLD_GOAL_MS}`, met: coldMedian < COLD_GOAL_MS },
      { name: 'first selection, no cache, first run in the process', value: first ?? Number.NaN, unit: 'ms' },
      { name: 'cached selection (median)', value: cachedMedian, unit: 'ms', goal: `< ${CACHED_GOAL_MS}`, met: cachedMedian < CACHED_GOAL_MS },
    ]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

await main();
