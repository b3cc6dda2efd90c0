import { PatternSyntaxError } from './pattern-syntax-error.js';

/** Upper bound on the patterns one brace expression may expand to, so a config cannot blow up memory. */
export const MAX_BRACE_EXPANSIONS = 256;

/**
 * Expands `{a,b}` alternatives (nested allowed) into the list of plain patterns they stand for:
 * `src/{a,b/c}/*.ts` → `src/a/*.ts`, `src/b/c/*.ts`. Braces inside a character class are literal;
 * a comma outside braces is literal. An unclosed `{` or a stray `}` is an error.
 */
export function expandBraces(pattern: string): string[] {
  const { results, end } = expandSequence(pattern, 0, false);
  if (end !== pattern.length) throw new PatternSyntaxError(pattern, `unexpected "${pattern[end]}"`);
  return results;
}

/** Index of the `]` closing the class that opens at `start`, or -1. `[]a]` and `[!]a]` hold a literal `]`. */
export function findClassEnd(pattern: string, start: number): number {
  let index = start + 1;
  if (pattern[index] === '!' || pattern[index] === '^') index += 1;
  if (pattern[index] === ']') index += 1;
  const close = pattern.indexOf(']', index);
  return close;
}

function expandSequence(pattern: string, start: number, nested: boolean): { results: string[]; end: number } {
  let results = [''];
  let index = start;
  while (index < pattern.length) {
    const char = pattern[index] as string;
    if (char === '[') {
      const close = findClassEnd(pattern, index);
      if (close < 0) throw new PatternSyntaxError(pattern, `character class opened at position ${index + 1} is not closed with "]"`);
      const text = pattern.slice(index, close + 1);
      results = results.map((result) => result + text);
      index = close + 1;
      continue;
    }
    if (char === '{') {
      const { alternatives, end } = expandAlternatives(pattern, index);
      results = product(pattern, results, alternatives);
      index = end;
      continue;
    }
    if (nested && (char === ',' || char === '}')) break;
    if (char === '}') throw new PatternSyntaxError(pattern, `"}" at position ${index + 1} has no matching "{"`);
    results = results.map((result) => result + char);
    index += 1;
  }
  return { results, end: index };
}

function expandAlternatives(pattern: string, open: number): { alternatives: string[]; end: number } {
  const alternatives: string[] = [];
  let index = open + 1;
  for (;;) {
    const { results, end } = expandSequence(pattern, index, true);
    alternatives.push(...results);
    if (end >= pattern.length) throw new PatternSyntaxError(pattern, `"{" at position ${open + 1} is not closed with "}"`);
    if (pattern[end] === '}') return { alternatives, end: end + 1 };
    index = end + 1;
  }
}

function product(pattern: string, prefixes: readonly string[], suffixes: readonly string[]): string[] {
  if (prefixes.length * suffixes.length > MAX_BRACE_EXPANSIONS) {
    throw new PatternSyntaxError(pattern, `braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`);
  }
  return prefixes.flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
}
