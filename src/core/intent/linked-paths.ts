import { normalizePolicyPath } from '../policy/path-normalization.js';

/**
 * Finds repository paths that a goal or issue names, without touching the disk:
 *
 * - backticked paths: `` `src/app.ts` ``, also with a line (`src/app.ts:42`, `src/app.ts#L10-L20`);
 * - relative markdown links, inline or as references: `[spec](docs/spec.md)`, `[spec]: docs/spec.md`;
 * - blob URLs of this repository on any host: `https://github.com/<owner>/<repo>/blob/<ref>/<path>`.
 *
 * What comes back are candidates: most backticked words are not files, and the reader keeps only
 * those that exist. Every candidate is normalized by the policy's path rules, so `..` cannot climb
 * out and an absolute path is dropped here, before any I/O.
 */

/** The repository whose blob URLs count. */
export interface LinkedRepository {
  /** Owner (user or organisation), compared case-insensitively. */
  owner: string;
  /** Repository name, compared case-insensitively. */
  name: string;
}

/** A backticked word of at most 300 characters, not part of a longer run of backticks. */
const BACKTICKED = /(?<!`)`([^`\s]{1,300})`(?!`)/gu;
const INLINE_LINK = /\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/gu;
const REFERENCE_LINK = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gmu;
const BLOB_URL = /\bhttps?:\/\/[^\s/]+\/([^\s/]+)\/([^\s/]+)\/blob\/([^\s<>()"'`\]]+)/giu;
const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
const LINE_SUFFIX = /(?:#L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?|:\d+(?::\d+)?)$/u;

/** A normalized, non-root repository path, or undefined. */
function repositoryPath(raw: string): string | undefined {
  // A leading `/` in a link means the repository root to whoever wrote it (as in a README).
  const relative = raw.replace(/^(?:\.?\/)+/u, '');
  const normalized = normalizePolicyPath(relative);
  return normalized.ok && normalized.path !== '' ? normalized.path : undefined;
}

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The path part of a link target: no query or fragment, percent-decoding undone. */
function linkPath(target: string): string | undefined {
  const bare = target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1).trim() : target;
  if (bare === '' || SCHEME.test(bare) || bare.startsWith('#') || bare.startsWith('//')) return undefined;
  const withoutSuffix = bare.split(/[?#]/u, 1)[0] ?? '';
  const text = decoded(withoutSuffix);
  return text === undefined ? undefined : repositoryPath(text);
}

function backtickedPath(word: string): string | undefined {
  const withoutLine = word.replace(LINE_SUFFIX, '');
  return SCHEME.test(withoutLine) ? undefined : repositoryPath(withoutLine);
}

/**
 * The ref of a blob URL may itself hold slashes (`feature/x`), so `blob/a/b/c.md` is `b/c.md` at
 * ref `a` or `c.md` at ref `a/b`: every split is a candidate, the shortest ref first.
 */
function blobPaths(owner: string, name: string, rest: string, repository: LinkedRepository): string[] {
  if (owner.toLowerCase() !== repository.owner.toLowerCase() || name.toLowerCase() !== repository.name.toLowerCase()) return [];
  const text = decoded(rest.split(/[?#]/u, 1)[0] ?? '');
  if (text === undefined) return [];
  const segments = text.split('/').filter((segment) => segment !== '');
  const paths: string[] = [];
  for (let start = 1; start < segments.length; start += 1) {
    const path = repositoryPath(segments.slice(start).join('/'));
    if (path !== undefined) paths.push(path);
  }
  return paths;
}

/**
 * The paths named in `text`, in the order they appear, each as a list of alternatives (best first;
 * only blob URLs give more than one). Repeated mentions are given once.
 */
export function mentionedPaths(text: string, repository: LinkedRepository): string[][] {
  const found: Array<{ at: number; paths: string[] }> = [];
  for (const match of text.matchAll(BLOB_URL)) {
    found.push({ at: match.index, paths: blobPaths(match[1] ?? '', match[2] ?? '', match[3] ?? '', repository) });
  }
  for (const pattern of [INLINE_LINK, REFERENCE_LINK]) {
    for (const match of text.matchAll(pattern)) {
      const path = linkPath(match[1] ?? '');
      if (path !== undefined) found.push({ at: match.index, paths: [path] });
    }
  }
  for (const match of text.matchAll(BACKTICKED)) {
    const path = backtickedPath(match[1] ?? '');
    if (path !== undefined) found.push({ at: match.index, paths: [path] });
  }
  found.sort((left, right) => left.at - right.at);
  const seen = new Set<string>();
  const mentions: string[][] = [];
  for (const { paths } of found) {
    const key = paths.join('\n');
    if (paths.length === 0 || seen.has(key)) continue;
    seen.add(key);
    mentions.push(paths);
  }
  return mentions;
}
