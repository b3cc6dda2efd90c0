import { countTokens, isWithinTokenLimit } from 'gpt-tokenizer/encoding/o200k_base';
import type { TokenCounter } from '../core/ports/token-counter.js';

// Text that merely contains a special-token marker is counted as that text: file contents are
// data, and the default (throwing on "<|endoftext|>") would let one file break a whole selection.
const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * The `o200k_base` tokenizer of the GPT-4o, GPT-4.1, GPT-5 and o-series models, in pure
 * JavaScript with its byte-pair ranks inside the package (gpt-tokenizer): no download, no native
 * code. Other model families count differently, but within a few percent on code.
 */
export function createO200kTokenCounter(): TokenCounter {
  return {
    encoding: 'o200k_base',
    count: (text) => countTokens(text, AS_PLAIN_TEXT),
    countWithin(text, limit) {
      if (limit < 0) return undefined;
      if (text === '') return 0;
      const within = isWithinTokenLimit(text, limit, AS_PLAIN_TEXT);
      return within === false ? undefined : within;
    },
  };
}
