import type { PolicyRuleId } from './policy-rules.js';

/** Longest path, in UTF-16 code units, that policy accepts (Linux PATH_MAX). */
export const MAX_PATH_LENGTH = 4096;

/** A path policy can reason about, or the reason it cannot. */
export type NormalizedPath =
  | {
      ok: true;
      /** Workspace-relative, `/`-separated, NFC, no `.`, `..` or empty segments; `''` is the root. */
      path: string;
      /** The segments of `path`. */
      segments: readonly string[];
    }
  | {
      ok: false;
      /** The rule that refuses it. */
      rule: PolicyRuleId;
      /** What is wrong, for humans and models. */
      reason: string;
    };

// Characters that render as nothing or reorder text: a name that hides them from a reviewer (or
// that HFS+ silently drops, turning ".g\u200cit" into ".git") is refused outright.
const INVISIBLE_CHARACTERS = /[\p{Default_Ignorable_Code_Point}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Normalizes a workspace-relative path so policy sees one spelling per file:
 * `\` becomes `/` (Windows checkouts), `./`, `//` and trailing `/` disappear, `a/../b` becomes `b`,
 * and the result is Unicode NFC (macOS hands out NFD names).
 *
 * Refused: empty paths, NUL and control characters, invisible or bidirectional-control characters,
 * absolute paths (`/x`, `C:\x`, `C:x`, `\\server\share`) and any `..` that climbs above the root.
 *
 * Symbolic links are not resolved here (core does no I/O): the workspace adapter refuses links that
 * lead outside the workspace or into protected paths. Callers must act on the returned `path`,
 * not the raw input, so that what was checked is what is touched.
 */
export function normalizePolicyPath(raw: unknown): NormalizedPath {
  if (typeof raw !== 'string' || raw.length === 0) {
    return { ok: false, rule: 'PN-001', reason: 'the path is empty or not a string' };
  }
  if (raw.length > MAX_PATH_LENGTH) {
    return { ok: false, rule: 'PN-001', reason: `the path is longer than ${MAX_PATH_LENGTH} characters` };
  }
  if (hasControlCharacter(raw)) {
    return { ok: false, rule: 'PN-001', reason: 'the path contains a NUL byte or another control character' };
  }
  if (INVISIBLE_CHARACTERS.test(raw)) {
    return { ok: false, rule: 'PN-004', reason: 'the path contains invisible or bidirectional-control characters' };
  }
  const slashed = raw.replaceAll('\\', '/').normalize('NFC');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    return { ok: false, rule: 'PN-002', reason: 'the path is absolute; give it relative to the repository root' };
  }
  const segments: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..' && /^[. ]+$/.test(segment)) {
      // Windows trims trailing dots and spaces, so "..." or ".. " can act as ".." there.
      return { ok: false, rule: 'PN-003', reason: `the path segment "${segment}" is made only of dots and spaces` };
    }
    if (segment === '..') {
      if (segments.length === 0) {
        return { ok: false, rule: 'PN-003', reason: 'the path climbs out of the repository with ".."' };
      }
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return { ok: true, path: segments.join('/'), segments };
}

/** C0 controls, DEL and C1 controls: a NUL truncates paths in C APIs; the others have no place in names. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
