import type { FieldIndex } from './context-index.js';

/**
 * Okapi BM25 over one field of the index.
 *
 * score(file) = Σ over goal terms t of idf(t) · tf·(k1 + 1) / (tf + k1·(1 − b + b·length/averageLength))
 * idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))   (always positive: common terms count little, never against)
 *
 * - `k1` (term-frequency saturation): the 10th occurrence of a term adds far less than the 2nd.
 *   1.2 is the customary value.
 * - `b` (length normalization): 0 ignores document length, 1 divides it out fully. Contents use
 *   the customary 0.75, so a long file is not relevant merely for mentioning everything; paths
 *   and symbol lists are short and similar in length, so they use less (see the ranking weights).
 */
export interface Bm25Parameters {
  /** Term-frequency saturation; 1.2 by default. */
  k1: number;
  /** Length normalization between 0 and 1; 0.75 by default. */
  b: number;
}

/** The customary BM25 parameters. */
export const DEFAULT_BM25: Bm25Parameters = Object.freeze({ k1: 1.2, b: 0.75 });

/** Inverse document frequency of a term found in `documentFrequency` of `fileCount` files. */
export function inverseDocumentFrequency(fileCount: number, documentFrequency: number): number {
  return Math.log(1 + (fileCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/**
 * Adds `weight` × the BM25 score of each file for `terms` in this field to `scores` (indexed by
 * file). Terms are visited in the order given, so the floating-point sums are the same every run.
 */
export function addBm25Scores(field: FieldIndex, terms: readonly string[], weight: number, parameters: Bm25Parameters, scores: Float64Array): void {
  const fileCount = field.lengths.length;
  const averageLength = field.averageLength > 0 ? field.averageLength : 1;
  const { k1, b } = parameters;
  for (const term of terms) {
    const postings = field.postings.get(term);
    if (postings === undefined) continue;
    const idf = inverseDocumentFrequency(fileCount, postings.length / 2);
    for (let position = 0; position < postings.length; position += 2) {
      const fileIndex = postings[position] as number;
      const occurrences = postings[position + 1] as number;
      const length = field.lengths[fileIndex] ?? 0;
      const saturation = (occurrences * (k1 + 1)) / (occurrences + k1 * (1 - b + (b * length) / averageLength));
      scores[fileIndex] = (scores[fileIndex] ?? 0) + weight * idf * saturation;
    }
  }
}
