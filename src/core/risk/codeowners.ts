import { errorMessage } from '../errors.js';
import { compilePathGlob, type PathGlob } from '../policy/path-glob.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';

/** Where GitHub looks for a CODEOWNERS file, in its order; only the first one found counts. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

/** One valid line of a CODEOWNERS file. */
export interface CodeOwnersRule {
  /** The pattern as written. */
  pattern: string;
  /** Owners as written: `@user`, `@org/team` or an email address; empty means explicitly unowned. */
  owners: string[];
  /** Line in the file, from 1. */
  line: number;
}

/** A line GitHub would skip, and why. */
export interface CodeOwnersProblem {
  /** Line in the file, from 1. */
  line: number;
  /** What is wrong with it. */
  message: string;
}

/** A parsed CODEOWNERS file. */
export interface CodeOwners {
  /** Valid rules in file order. */
  readonly rules: readonly CodeOwnersRule[];
  /** Lines that were skipped because GitHub would not accept them. */
  readonly problems: readonly CodeOwnersProblem[];
  /** The rule that decides a path's owners: the last one that matches. */
  ruleFor(path: string): CodeOwnersRule | undefined;
  /** Owners of a repository-relative path; empty when no rule matches or the path is invalid. */
  ownersOf(path: string): string[];
}

const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9-]*$/u;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/u;
const EMAIL_OWNER = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Whether a token is an owner GitHub accepts: `@user`, `@org/team` or an email address. */
export function isCodeOwner(token: string): boolean {
  return USER_OWNER.test(token) || TEAM_OWNER.test(token) || EMAIL_OWNER.test(token);
}

/**
 * Parses a CODEOWNERS file with GitHub's semantics:
 *
 * - One rule per line: a pattern, then owners separated by whitespace. `#` starts a comment (a
 *   whole line, or the rest of one); blank lines are ignored; `\ ` is a space inside a pattern.
 * - The last rule that matches a path decides its owners, and a rule without owners leaves the
 *   path unowned.
 * - Patterns follow `.gitignore`: a leading `/` or a `/` inside anchors at the root, otherwise the
 *   pattern matches at any depth; `*` and `?` stay within a path segment; `**` crosses segments;
 *   a pattern that names a directory (a trailing `/`, or a last segment without wildcards) covers
 *   everything below it. As GitHub documents, `docs/*` covers `docs/a.md` but not `docs/b/c.md`.
 * - What GitHub does not support makes it skip the line, so the line is skipped here and listed
 *   in `problems`: negation (`!`), character ranges (`[ ]`), other escapes, and invalid owners.
 */
export function parseCodeOwners(text: string): CodeOwners {
  const rules: Array<CodeOwnersRule & { glob: PathGlob }> = [];
  const problems: CodeOwnersProblem[] = [];
  text.split(/\r?\n/u).forEach((rawLine, index) => {
    const line = index + 1;
    const parsed = parseLine(rawLine);
    if (parsed === undefined) return;
    if ('problem' in parsed) {
      problems.push({ line, message: parsed.problem });
      return;
    }
    const [pattern, ...owners] = parsed.tokens as [string, ...string[]];
    const invalidOwner = owners.find((owner) => !isCodeOwner(owner));
    if (invalidOwner !== undefined) {
      problems.push({ line, message: `"${invalidOwner}" is not an owner: expected @user, @org/team or an email address` });
      return;
    }
    const compiled = compileCodeOwnersPattern(pattern);
    if ('problem' in compiled) {
      problems.push({ line, message: compiled.problem });
      return;
    }
    rules.push({ pattern, owners, line, glob: compiled.glob });
  });

  const ruleFor = (path: string): CodeOwnersRule | undefined => {
    const normalized = normalizePolicyPath(path);
    if (!normalized.ok || normalized.path === '') return undefined;
    for (let index = rules.length - 1; index >= 0; index -= 1) {
      const rule = rules[index] as CodeOwnersRule & { glob: PathGlob };
      if (rule.glob.matches(normalized.path)) return { pattern: rule.pattern, owners: [...rule.owners], line: rule.line };
    }
    return undefined;
  };
  return {
    rules: rules.map(({ pattern, owners, line }) => ({ pattern, owners: [...owners], line })),
    problems,
    ruleFor,
    ownersOf: (path) => ruleFor(path)?.owners ?? [],
  };
}

/** Splits a line into tokens; undefined for blank and comment lines. */
function parseLine(rawLine: string): { tokens: string[] } | { problem: string } | undefined {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  for (let index = 0; index < rawLine.length; index += 1) {
    const char = rawLine[index] as string;
    if (char === '\\') {
      const next = rawLine[index + 1];
      if (next !== ' ' && next !== '#') return { problem: `the escape "\\${next ?? ''}" is not supported; only "\\ " (a space) and "\\#"` };
      current += next;
      inToken = true;
      index += 1;
    } else if (char === ' ' || char === '\t') {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else if (char === '#' && !inToken) {
      break;
    } else {
      current += char;
      inToken = true;
    }
  }
  if (inToken) tokens.push(current);
  return tokens.length === 0 ? undefined : { tokens };
}

/** Turns a CODEOWNERS pattern into a path glob with the same meaning (see `compilePathGlob`). */
function compileCodeOwnersPattern(pattern: string): { glob: PathGlob } | { problem: string } {
  if (pattern.startsWith('!')) return { problem: `negation ("${pattern}") is not supported in CODEOWNERS` };
  if (/[[\]]/u.test(pattern)) return { problem: `character ranges ("${pattern}") are not supported in CODEOWNERS` };
  let body = pattern;
  const anchoredAtRoot = body.startsWith('/');
  if (anchoredAtRoot) body = body.replace(/^\/+/u, '');
  const directoryOnly = body.endsWith('/');
  if (directoryOnly) body = body.replace(/\/+$/u, '');
  if (body === '') return { problem: `"${pattern}" names no path` };
  const anchored = anchoredAtRoot || body.includes('/');

  const segments = body.split('/').map((segment) => {
    if (segment === '**') return segment;
    // Inside a segment, as in .gitignore, "**" is an ordinary "*"; braces are literal characters.
    return segment.replace(/\*{2,}/gu, '*').replaceAll('{', '[{]').replaceAll('}', '[}]');
  });
  const last = segments.at(-1) as string;
  if (directoryOnly || last === '**') {
    // A directory covers what is in it, not a file of the same name: at least one segment below.
    if (last === '**') segments.pop();
    segments.push('*', '**');
  } else if (!/[*?]/u.test(last)) {
    // A plain name may be a directory: cover it and everything below it.
    segments.push('**');
  }
  if (!anchored && segments[0] !== '**') segments.unshift('**');
  try {
    return { glob: compilePathGlob(segments.join('/')) };
  } catch (error) {
    return { problem: `"${pattern}" is not a valid pattern: ${errorMessage(error)}` };
  }
}
