import { expandBraces } from './glob-braces.js';
import { compileSegment, type SegmentMatcher } from './glob-segment.js';
import { PatternSyntaxError } from './pattern-syntax-error.js';

/** A compiled path glob. */
export interface PathGlob {
  /** The pattern as written in the configuration. */
  readonly pattern: string;
  /** Whether a normalized path (see `normalizePolicyPath`) matches. `''` is the workspace root. */
  matches(normalizedPath: string): boolean;
}

/** Options for `compilePathGlob`. */
export interface PathGlobOptions {
  /** Match letters whatever their case (used for approval lists, which must not be dodged by case). */
  caseInsensitive?: boolean;
}

const GLOBSTAR = 'globstar';
type CompiledSegment = SegmentMatcher | typeof GLOBSTAR;

/**
 * Compiles a path glob. Semantics, always against the whole path relative to the workspace root:
 *
 * - `/` separates segments; patterns are anchored at the root (`*.md` is a root file only,
 *   `**\/*.md` is any depth). A leading `./`, doubled `/` are ignored.
 * - `*` matches any run of characters within one segment, `?` one character, `[a-z]`, `[!a-z]`
 *   one character from (not from) a class. `{a,b}` alternatives may hold `/` and nest.
 * - `**` as a whole segment matches zero or more segments: `src/**` matches `src` itself and
 *   everything below it, `**\/test` matches `test` at any depth. A trailing `/` means the same as
 *   `/**` (`docs/` is the directory and everything in it).
 * - Dot files and dot directories get no special treatment: `*` matches `.env`, `**` enters
 *   `.github`. Protected paths are enforced separately, whatever a glob says.
 * - Case-sensitive unless `caseInsensitive` is set. No backslash escapes; `\` is refused so a
 *   Windows-style pattern fails loudly instead of silently matching nothing.
 */
export function compilePathGlob(pattern: string, options: PathGlobOptions = {}): PathGlob {
  if (pattern.length === 0) throw new PatternSyntaxError(pattern, 'a path pattern cannot be empty');
  if (pattern.includes('\0')) throw new PatternSyntaxError(pattern, 'a path pattern cannot contain a NUL byte');
  if (pattern.includes('\\')) throw new PatternSyntaxError(pattern, 'use "/" to separate path segments; "\\" is not allowed');
  const caseInsensitive = options.caseInsensitive === true;
  const alternatives = expandBraces(pattern.normalize('NFC')).map((alternative) =>
    compileAlternative(alternative, caseInsensitive, pattern),
  );
  return {
    pattern,
    matches: (normalizedPath) => {
      const segments = normalizedPath === '' ? [] : normalizedPath.split('/');
      return alternatives.some((compiled) => matchSegments(compiled, segments));
    },
  };
}

function compileAlternative(alternative: string, caseInsensitive: boolean, pattern: string): CompiledSegment[] {
  if (alternative.startsWith('/')) {
    throw new PatternSyntaxError(pattern, 'patterns are relative to the repository root; remove the leading "/"');
  }
  const rawSegments = alternative.split('/');
  // A trailing "/" names a directory: everything below it, like a trailing "/**".
  if (rawSegments.length > 1 && rawSegments.at(-1) === '') rawSegments[rawSegments.length - 1] = '**';
  const compiled: CompiledSegment[] = [];
  for (const segment of rawSegments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') throw new PatternSyntaxError(pattern, '".." is not allowed in a path pattern');
    if (segment === '**') {
      if (compiled.at(-1) !== GLOBSTAR) compiled.push(GLOBSTAR);
      continue;
    }
    if (segment.includes('**')) {
      throw new PatternSyntaxError(pattern, `"**" must be a whole path segment (as in "a/**/b"), not part of "${segment}"`);
    }
    compiled.push(compileSegment(segment, caseInsensitive, pattern));
  }
  if (compiled.length === 0) throw new PatternSyntaxError(pattern, 'the pattern names no path');
  return compiled;
}

/** Segment-level match with `**`; memoized over (pattern index, path index), so it stays polynomial. */
function matchSegments(pattern: readonly CompiledSegment[], path: readonly string[]): boolean {
  const width = path.length + 1;
  // 0 = not computed, 1 = no match, 2 = match.
  const memo = new Uint8Array((pattern.length + 1) * width);
  const match = (patternIndex: number, pathIndex: number): boolean => {
    const key = patternIndex * width + pathIndex;
    const known = memo[key];
    if (known !== 0) return known === 2;
    let result: boolean;
    const segment = pattern[patternIndex];
    if (segment === undefined) {
      result = pathIndex === path.length;
    } else if (segment === GLOBSTAR) {
      result = match(patternIndex + 1, pathIndex) || (pathIndex < path.length && match(patternIndex, pathIndex + 1));
    } else {
      result = pathIndex < path.length && segment.matches(path[pathIndex] as string) && match(patternIndex + 1, pathIndex + 1);
    }
    memo[key] = result ? 2 : 1;
    return result;
  };
  return match(0, 0);
}
