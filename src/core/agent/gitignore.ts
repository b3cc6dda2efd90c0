/**
 * A `.gitignore` matcher, pure: callers read the files and hand over their text.
 *
 * Follows gitignore(5) for what repositories actually use: `#` comments, blank lines, trailing
 * spaces (kept when escaped with `\`), `!` negation, a trailing `/` for directories only, patterns
 * with a `/` at the start or in the middle anchored to the directory of their `.gitignore`,
 * otherwise matched at any depth below it, `*`, `?`, `[a-z]`, `[!a-z]`, `\` escapes, and `**` as
 * a whole segment (`**\/x`, `x/**`, `a/**\/b`). Deeper files override shallower ones, later lines
 * override earlier ones, and nothing below an ignored directory can be re-included.
 * Not supported: `core.excludesFile`, `.git/info/exclude` and POSIX classes like `[[:alpha:]]`.
 */

/** One compiled line of a `.gitignore`. */
interface GitignoreRule {
  /** Whether the line re-includes (`!pattern`). */
  negated: boolean;
  /** Whether it only matches directories (trailing `/`). */
  directoryOnly: boolean;
  /** Matches the path relative to the `.gitignore`'s directory. */
  expression: RegExp;
}

/** Rules collected from the `.gitignore` files of a tree. */
export interface GitignoreMatcher {
  /** Adds the rules of the `.gitignore` in `directory` (workspace-relative, `''` for the root). */
  add(directory: string, text: string): void;
  /**
   * Whether the rules ignore this entry itself, not looking at its parents. For walks that
   * already skip ignored directories, so each entry costs one check.
   */
  ignoresEntry(path: string, isDirectory: boolean): boolean;
  /** Whether the path is ignored, itself or because a directory above it is. */
  isIgnored(path: string, isDirectory: boolean): boolean;
}

/** An empty matcher; add the `.gitignore` files of the tree as they are found. */
export function createGitignoreMatcher(): GitignoreMatcher {
  const rulesByDirectory = new Map<string, GitignoreRule[]>();

  const ignoresEntry = (path: string, isDirectory: boolean): boolean => {
    const segments = path.split('/');
    // Deepest .gitignore first and its last line first: the first rule that matches decides.
    for (let depth = segments.length - 1; depth >= 0; depth -= 1) {
      const directory = segments.slice(0, depth).join('/');
      const rules = rulesByDirectory.get(directory);
      if (rules === undefined) continue;
      const relative = segments.slice(depth).join('/');
      for (let index = rules.length - 1; index >= 0; index -= 1) {
        const rule = rules[index] as GitignoreRule;
        if (rule.directoryOnly && !isDirectory) continue;
        if (rule.expression.test(relative)) return !rule.negated;
      }
    }
    return false;
  };

  return {
    add(directory, text) {
      const rules = parseGitignore(text);
      if (rules.length === 0) return;
      const existing = rulesByDirectory.get(directory) ?? [];
      rulesByDirectory.set(directory, [...existing, ...rules]);
    },
    ignoresEntry,
    isIgnored(path, isDirectory) {
      const segments = path.split('/');
      for (let length = 1; length < segments.length; length += 1) {
        if (ignoresEntry(segments.slice(0, length).join('/'), true)) return true;
      }
      return ignoresEntry(path, isDirectory);
    },
  };
}

function parseGitignore(text: string): GitignoreRule[] {
  const rules: GitignoreRule[] = [];
  for (const rawLine of text.replace(/^\uFEFF/, '').split('\n')) {
    const rule = parseLine(rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine);
    if (rule !== undefined) rules.push(rule);
  }
  return rules;
}

function parseLine(line: string): GitignoreRule | undefined {
  if (line === '' || line.startsWith('#')) return undefined;
  let pattern = trimTrailingSpaces(line);
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  const directoryOnly = pattern.endsWith('/') && !pattern.endsWith('\\/');
  if (directoryOnly) pattern = pattern.slice(0, -1);
  // A "/" at the start or in the middle ties the pattern to the .gitignore's own directory.
  const anchored = pattern.includes('/');
  const segments = pattern.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return undefined;
  const prefix = anchored ? '' : '(?:.*/)?';
  try {
    return { negated, directoryOnly, expression: new RegExp(`^${prefix}${segmentsSource(segments)}$`, 'u') };
  } catch {
    // A class such as "[z-a]" is invalid; git lets such a pattern match nothing, and so do we.
    return undefined;
  }
}

/** Trailing spaces are dropped unless escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') {
    let backslashes = 0;
    for (let index = end - 2; index >= 0 && line[index] === '\\'; index -= 1) backslashes += 1;
    if (backslashes % 2 === 1) break;
    end -= 1;
  }
  return line.slice(0, end);
}

function segmentsSource(segments: readonly string[]): string {
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      // "x/**" is everything inside x; "**/x" and "a/**/b" allow any number of directories between.
      source += last ? '.+' : '(?:.*/)?';
      return;
    }
    source += segmentSource(segment);
    if (!last) source += '/';
  });
  return source;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/;

function escapeCharacter(character: string): string {
  return REGEX_SPECIAL.test(character) ? `\\${character}` : character;
}

/** One path segment: `*` and `?` never cross a `/`, and neither does a bracket class. */
function segmentSource(segment: string): string {
  let source = '';
  for (let index = 0; index < segment.length; index += 1) {
    const character = segment[index] as string;
    if (character === '\\') {
      index += 1;
      source += escapeCharacter(segment[index] ?? '\\');
    } else if (character === '*') {
      source += '[^/]*';
    } else if (character === '?') {
      source += '[^/]';
    } else if (character === '[') {
      const bracket = bracketSource(segment, index);
      if (bracket === undefined) {
        source += '\\[';
      } else {
        source += bracket.source;
        index = bracket.end;
      }
    } else {
      source += escapeCharacter(character);
    }
  }
  return source;
}

/** A literal character inside a JavaScript class (valid with the `u` flag). */
function classCharacter(character: string): string {
  return /[\\\]^[-]/.test(character) ? `\\${character}` : character;
}

/** `[...]` starting at `start`, or undefined when it is not closed (then `[` is literal). */
function bracketSource(segment: string, start: number): { source: string; end: number } | undefined {
  let index = start + 1;
  let negated = false;
  if (segment[index] === '!' || segment[index] === '^') {
    negated = true;
    index += 1;
  }
  let body = '';
  // A "]" right after the opening (or after "!") is a member, not the end.
  let first = true;
  for (; index < segment.length; index += 1) {
    const character = segment[index] as string;
    if (character === ']' && !first) {
      if (body === '') return undefined;
      return { source: negated ? `[^/${body}]` : `[${body}]`, end: index };
    }
    first = false;
    if (character === '\\') {
      index += 1;
      const escaped = segment[index];
      if (escaped === undefined) return undefined;
      body += classCharacter(escaped);
    } else if (character === '-') {
      body += '-';
    } else {
      body += classCharacter(character);
    }
  }
  return undefined;
}
