/**
 * Counts tokens the way a model's tokenizer does. Deterministic: the same text always gives the
 * same count. Special-token markers that appear in text (`<|endoftext|>`) are counted as the text
 * they are, never as control tokens.
 */
export interface TokenCounter {
  /** The tokenizer's encoding name (`o200k_base`). */
  readonly encoding: string;
  /** Tokens of `text`. */
  count(text: string): number;
  /**
   * Tokens of `text` when they are at most `limit`, otherwise undefined. Stops encoding once the
   * limit is passed, so checking a large file against a small remainder is cheap.
   */
  countWithin(text: string, limit: number): number | undefined;
}
