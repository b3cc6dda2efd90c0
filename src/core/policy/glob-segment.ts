import { findClassEnd } from './glob-braces.js';
import { PatternSyntaxError } from './pattern-syntax-error.js';

/**
 * One piece of a glob that matches exactly one character, or a run of characters (`*`).
 * Characters are Unicode code points, so `?` matches one `é` or one emoji, not half of it.
 */
type SegmentToken =
  | { kind: 'literal'; char: string }
  | { kind: 'any-char' }
  | { kind: 'any-run' }
  | { kind: 'class'; negated: boolean; ranges: ReadonlyArray<readonly [number, number]> };

/** A compiled glob for one path segment or one argument (brace alternatives already expanded). */
export interface SegmentMatcher {
  /** Whether the whole text matches. */
  matches(text: string): boolean;
}

/** Whether text holds characters that glob syntax gives meaning to. */
export function hasGlobSyntax(text: string): boolean {
  return /[*?[\]{}]/.test(text);
}

/**
 * Compiles `*` (any run, possibly empty), `?` (one character), `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]`
 * and literal characters. There are no backslash escapes: write `[*]` for a literal star.
 * With `caseInsensitive`, letters match whatever their case.
 */
export function compileSegment(segment: string, caseInsensitive: boolean, patternForErrors: string): SegmentMatcher {
  const tokens = tokenize(segment, patternForErrors);
  return { matches: (text) => matchTokens(tokens, Array.from(text), caseInsensitive) };
}

function tokenize(segment: string, patternForErrors: string): SegmentToken[] {
  const tokens: SegmentToken[] = [];
  let index = 0;
  while (index < segment.length) {
    const char = segment[index] as string;
    if (char === '*') {
      // Consecutive stars are one run; inside one segment or argument `**` means the same as `*`.
      if (tokens.at(-1)?.kind !== 'any-run') tokens.push({ kind: 'any-run' });
      index += 1;
    } else if (char === '?') {
      tokens.push({ kind: 'any-char' });
      index += 1;
    } else if (char === '[') {
      const close = findClassEnd(segment, index);
      if (close < 0) throw new PatternSyntaxError(patternForErrors, 'a character class "[" is not closed with "]" in the same path segment');
      tokens.push(parseClass(segment.slice(index + 1, close), patternForErrors));
      index = close + 1;
    } else {
      const codePoint = segment.codePointAt(index) as number;
      const literal = String.fromCodePoint(codePoint);
      tokens.push({ kind: 'literal', char: literal });
      index += literal.length;
    }
  }
  return tokens;
}

function parseClass(body: string, patternForErrors: string): SegmentToken {
  let chars = Array.from(body);
  const negated = chars[0] === '!' || chars[0] === '^';
  if (negated) chars = chars.slice(1);
  if (chars.length === 0) throw new PatternSyntaxError(patternForErrors, 'empty character class "[]"');
  const ranges: Array<readonly [number, number]> = [];
  for (let index = 0; index < chars.length; index += 1) {
    const from = (chars[index] as string).codePointAt(0) as number;
    if (chars[index + 1] === '-' && index + 2 < chars.length) {
      const to = (chars[index + 2] as string).codePointAt(0) as number;
      if (to < from) throw new PatternSyntaxError(patternForErrors, `character range ${chars[index]}-${chars[index + 2]} is reversed`);
      ranges.push([from, to]);
      index += 2;
    } else {
      ranges.push([from, from]);
    }
  }
  return { kind: 'class', negated, ranges };
}

function inRanges(ranges: ReadonlyArray<readonly [number, number]>, char: string): boolean {
  const codePoint = char.codePointAt(0) as number;
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

function matchesOne(token: SegmentToken, char: string, caseInsensitive: boolean): boolean {
  switch (token.kind) {
    case 'literal':
      return caseInsensitive ? token.char.toLowerCase() === char.toLowerCase() : token.char === char;
    case 'any-char':
      return true;
    case 'class': {
      const found = caseInsensitive
        ? inRanges(token.ranges, char.toLowerCase()) || inRanges(token.ranges, char.toUpperCase())
        : inRanges(token.ranges, char);
      return found !== token.negated;
    }
    case 'any-run':
      return false;
  }
}

/**
 * Iterative match that backtracks only to the most recent `*`. Every other token matches exactly one
 * character, which makes this exact and O(pattern × text) — no regular expression, so no
 * catastrophic backtracking on long, model-chosen paths or arguments.
 */
function matchTokens(tokens: readonly SegmentToken[], chars: readonly string[], caseInsensitive: boolean): boolean {
  let tokenIndex = 0;
  let charIndex = 0;
  let starToken = -1;
  let starChar = 0;
  while (charIndex < chars.length) {
    const token = tokens[tokenIndex];
    if (token !== undefined && token.kind === 'any-run') {
      starToken = tokenIndex;
      starChar = charIndex;
      tokenIndex += 1;
    } else if (token !== undefined && matchesOne(token, chars[charIndex] as string, caseInsensitive)) {
      tokenIndex += 1;
      charIndex += 1;
    } else if (starToken >= 0) {
      tokenIndex = starToken + 1;
      starChar += 1;
      charIndex = starChar;
    } else {
      return false;
    }
  }
  while (tokens[tokenIndex]?.kind === 'any-run') tokenIndex += 1;
  return tokenIndex === tokens.length;
}
