import { expandBraces } from './glob-braces.js';
import { compileSegment } from './glob-segment.js';

/** A compiled glob for one command-line argument. */
export interface ArgumentGlob {
  /** The token as written in the configuration. */
  readonly pattern: string;
  /** Whether the whole argument matches. */
  matches(argument: string): boolean;
}

/**
 * Compiles a glob for a single argument: `*` matches any run of characters including `/` (an
 * argument is not a path), `?`, `[…]` and `{a,b}` as in path globs. `--grep=*` matches
 * `--grep=fix bug`; `src/*` matches `src/a/b.ts`.
 */
export function compileArgumentGlob(pattern: string, caseInsensitive = false): ArgumentGlob {
  const alternatives = expandBraces(pattern).map((alternative) => compileSegment(alternative, caseInsensitive, pattern));
  return { pattern, matches: (argument) => alternatives.some((alternative) => alternative.matches(argument)) };
}
