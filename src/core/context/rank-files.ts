import { addBm25Scores, DEFAULT_BM25, type Bm25Parameters } from './bm25.js';
import type { ContextIndex } from './context-index.js';
import { goalTerms } from './term-extractor.js';

/** How the ranking signals are weighed. */
export interface RankingWeights {
  /** Weight of BM25 over path terms (3): a file named for the goal's subject is the likeliest target. */
  path: number;
  /** Weight of BM25 over symbol names (2): declarations say what a file is about better than its body. */
  symbols: number;
  /** Weight of BM25 over contents (1). */
  content: number;
  /** BM25 parameters of the short fields (paths, symbol lists): less length normalization, `b` 0.3. */
  shortFieldBm25: Bm25Parameters;
  /** BM25 parameters of contents: the customary k1 1.2, b 0.75. */
  contentBm25: Bm25Parameters;
  /** How many of the best lexical hits spread their score to neighbours (10). */
  seeds: number;
  /** Share of a seed's score a file one import away receives (0.5); each further hop multiplies again. */
  importDecay: number;
  /** How many import hops the score travels (2). */
  importDepth: number;
  /** Extra factor for travelling against an import, to a file that imports the seed (0.75): dependencies explain a file, dependents are affected by it. */
  dependentFactor: number;
  /** Share of a seed's score given to a file changed together with it, times how often they changed together per change of the seed (0.5). */
  coChange: number;
  /** Largest boost from churn (0.1, i.e. +10% for the most-changed file): a prior that separates near-ties, never a reason to include a file. */
  churn: number;
}

/** The default weights; each is explained on {@link RankingWeights}. */
export const DEFAULT_RANKING_WEIGHTS: RankingWeights = Object.freeze({
  path: 3,
  symbols: 2,
  content: 1,
  shortFieldBm25: Object.freeze({ k1: 1.2, b: 0.3 }),
  contentBm25: DEFAULT_BM25,
  seeds: 10,
  importDecay: 0.5,
  importDepth: 2,
  dependentFactor: 0.75,
  coChange: 0.5,
  churn: 0.1,
});

/** What made up one file's score. */
export interface RankingSignals {
  /** Weighted BM25 over path, symbols and contents. */
  lexical: number;
  /** Received from the best lexical hits along the import graph. */
  imports: number;
  /** Received from the best lexical hits it changed together with. */
  coChange: number;
  /** The churn multiplier applied to the sum (1 to 1 + `churn` weight). */
  churnFactor: number;
}

/** One ranked file. */
export interface RankedFile {
  /** Workspace-relative path. */
  path: string;
  /** Its index in the {@link ContextIndex}. */
  index: number;
  /** `(lexical + imports + coChange) × churnFactor`; higher is more relevant. */
  score: number;
  /** The parts of the score. */
  signals: RankingSignals;
}

/**
 * Ranks the indexed files for a goal, best first: BM25 over paths, symbols and contents; then
 * the best lexical hits pass a decayed share of their score along the import graph (both ways)
 * and to the files they changed together with; last, a small churn prior. Files that no signal
 * reaches are left out. Deterministic: equal scores are ordered by path (the index order).
 */
export function rankFiles(index: ContextIndex, goal: string, weights: RankingWeights = DEFAULT_RANKING_WEIGHTS): RankedFile[] {
  const fileCount = index.files.length;
  const terms = goalTerms(goal);
  const lexical = new Float64Array(fileCount);
  addBm25Scores(index.fields.path, terms, weights.path, weights.shortFieldBm25, lexical);
  addBm25Scores(index.fields.symbols, terms, weights.symbols, weights.shortFieldBm25, lexical);
  addBm25Scores(index.fields.content, terms, weights.content, weights.contentBm25, lexical);

  const seeds = topIndices(lexical, weights.seeds);
  const imports = new Float64Array(fileCount);
  const coChange = new Float64Array(fileCount);
  for (const seed of seeds) {
    const seedScore = lexical[seed] as number;
    for (const [neighbour, share] of importNeighbours(index, seed, weights)) imports[neighbour] = (imports[neighbour] ?? 0) + seedScore * share;
    const pairs = index.history.coChanges[seed] ?? [];
    const seedChanges = index.history.churn[seed] ?? 0;
    for (let position = 0; position < pairs.length; position += 2) {
      const other = pairs[position] as number;
      const together = pairs[position + 1] as number;
      if (other >= fileCount) continue;
      coChange[other] = (coChange[other] ?? 0) + (seedScore * weights.coChange * together) / (seedChanges + 1);
    }
  }

  let maximumChurn = 0;
  for (const churn of index.history.churn) maximumChurn = Math.max(maximumChurn, churn);
  const ranked: RankedFile[] = [];
  for (let fileIndex = 0; fileIndex < fileCount; fileIndex += 1) {
    const base = (lexical[fileIndex] as number) + (imports[fileIndex] as number) + (coChange[fileIndex] as number);
    if (!(base > 0)) continue;
    const churn = index.history.churn[fileIndex] ?? 0;
    const churnFactor = maximumChurn > 0 ? 1 + (weights.churn * Math.log1p(churn)) / Math.log1p(maximumChurn) : 1;
    ranked.push({
      path: (index.files[fileIndex] as { path: string }).path,
      index: fileIndex,
      score: base * churnFactor,
      signals: { lexical: lexical[fileIndex] as number, imports: imports[fileIndex] as number, coChange: coChange[fileIndex] as number, churnFactor },
    });
  }
  return ranked.sort((left, right) => right.score - left.score || left.index - right.index);
}

/** Indices of the `count` highest positive scores, best first, ties by index. */
function topIndices(scores: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let fileIndex = 0; fileIndex < scores.length; fileIndex += 1) {
    const score = scores[fileIndex] as number;
    if (!(score > 0)) continue;
    if (top.length === count && score <= (scores[top[top.length - 1] as number] as number)) continue;
    let position = top.length;
    while (position > 0 && (scores[top[position - 1] as number] as number) < score) position -= 1;
    top.splice(position, 0, fileIndex);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * Files within `importDepth` hops of `seed` in either direction, with the best share of the
 * seed's score that reaches each (decay per hop, `dependentFactor` per hop against an import).
 * In index order, so sums are made in the same order every run.
 */
function importNeighbours(index: ContextIndex, seed: number, weights: RankingWeights): Array<[number, number]> {
  const best = new Map<number, number>([[seed, 1]]);
  let frontier: number[] = [seed];
  for (let depth = 1; depth <= weights.importDepth && frontier.length > 0; depth += 1) {
    const next = new Set<number>();
    for (const node of frontier) {
      const share = best.get(node) as number;
      const steps: Array<[readonly number[], number]> = [
        [index.files[node]?.imports ?? [], weights.importDecay],
        [index.importedBy[node] ?? [], weights.importDecay * weights.dependentFactor],
      ];
      for (const [targets, factor] of steps) {
        for (const target of targets) {
          const reached = share * factor;
          if (reached > (best.get(target) ?? 0)) {
            best.set(target, reached);
            next.add(target);
          }
        }
      }
    }
    frontier = [...next].sort((left, right) => left - right);
  }
  best.delete(seed);
  return [...best].sort((left, right) => left[0] - right[0]);
}
