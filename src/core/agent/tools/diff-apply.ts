import { normalizePolicyPath } from '../../policy/path-normalization.js';
import type { TextEdit } from './exact-replace.js';
import { splitLines, withoutCarriageReturn } from './text-file.js';
import type { DiffHunk, FileDiff } from './unified-diff.js';

/** Places listed when a hunk's lines match elsewhere. */
const MAX_LISTED_PLACES = 5;

/**
 * Applies a parsed one-file diff strictly: every hunk must match, context and removed lines alike,
 * exactly at the line its header names (line endings aside), in order and without overlap. There
 * is no fuzz and no offset search, because a hunk that lands somewhere other than where the model
 * looked is an edit nobody reviewed. When a hunk fails, nothing is applied and the message names
 * the hunk, the first line that differs, and where its lines would match instead.
 */
export function applyFileDiff(content: string, diff: FileDiff, path: string): TextEdit {
  const pathProblem = checkPaths(diff, path);
  if (pathProblem !== undefined) return { ok: false, error: pathProblem };
  const lines = splitLines(content);
  const lineEnding = content.includes('\r\n') ? '\r' : '';
  let finalNewline = content === '' || content.endsWith('\n');
  const result: string[] = [];
  let cursor = 0;
  let added = 0;
  let removed = 0;

  for (const hunk of diff.hunks) {
    const expected = hunk.lines.filter((line) => line.kind !== '+');
    if (hunk.oldStart === 0 && hunk.oldCount > 0) {
      return { ok: false, error: `Hunk ${hunk.number} (${hunk.header}) starts at line 0; lines are numbered from 1.` };
    }
    // A hunk that removes nothing names the line after which it inserts.
    const position = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
    if (position < cursor) {
      return { ok: false, error: `Hunk ${hunk.number} (${hunk.header}) starts before the end of the hunk above it; hunks must be in file order and must not overlap.` };
    }
    const mismatch = firstMismatch(lines, position, expected.map((line) => line.text));
    if (mismatch !== undefined) return { ok: false, error: mismatchMessage(lines, hunk, position, mismatch, expected.map((line) => line.text), path) };

    result.push(...lines.slice(cursor, position));
    let filePosition = position;
    for (const line of hunk.lines) {
      if (line.kind === ' ') {
        result.push(lines[filePosition] as string);
        filePosition += 1;
      } else if (line.kind === '-') {
        filePosition += 1;
        removed += 1;
      } else {
        result.push(line.text + lineEnding);
        added += 1;
      }
    }
    cursor = filePosition;
    if (cursor === lines.length) {
      finalNewline = hunk.newWithoutFinalNewline ? false : hunk.oldWithoutFinalNewline ? true : finalNewline;
    }
  }
  result.push(...lines.slice(cursor));
  const hunks = diff.hunks.length;
  return {
    ok: true,
    content: result.join('\n') + (finalNewline && result.length > 0 ? '\n' : ''),
    summary: `applied ${hunks} hunk${hunks === 1 ? '' : 's'}: ${added} line${added === 1 ? '' : 's'} added, ${removed} removed`,
  };
}

function checkPaths(diff: FileDiff, path: string): string | undefined {
  if (diff.oldPath === '/dev/null') return 'The diff creates a new file; use write_file to create files.';
  if (diff.newPath === '/dev/null') return 'The diff deletes the file; apply_edit only changes files.';
  const target = normalizePolicyPath(path);
  for (const named of [diff.oldPath, diff.newPath]) {
    if (named === undefined) continue;
    const normalized = normalizePolicyPath(named);
    if (!normalized.ok || !target.ok || normalized.path !== target.path) {
      return `The diff is for '${named}' but path is '${path}'; one call edits one file, named the same in both.`;
    }
  }
  return undefined;
}

/** Index within `expected` of the first line that does not match the file at `position`, or undefined when all match. */
function firstMismatch(lines: readonly string[], position: number, expected: readonly string[]): number | undefined {
  for (let index = 0; index < expected.length; index += 1) {
    const actual = lines[position + index];
    if (actual === undefined || withoutCarriageReturn(actual) !== expected[index]) return index;
  }
  return undefined;
}

function mismatchMessage(lines: readonly string[], hunk: DiffHunk, position: number, mismatch: number, expected: readonly string[], path: string): string {
  const lineNumber = position + mismatch + 1;
  const expectation = JSON.stringify(expected[mismatch]);
  const actual = lines[position + mismatch];
  const found = actual === undefined ? `the file ends (it has ${lines.length} lines)` : `the file has ${JSON.stringify(withoutCarriageReturn(actual))}`;
  const places: number[] = [];
  for (let start = 0; start + expected.length <= lines.length && places.length <= MAX_LISTED_PLACES; start += 1) {
    if (start !== position && firstMismatch(lines, start, expected) === undefined) places.push(start + 1);
  }
  let elsewhere: string;
  if (places.length === 1) elsewhere = `Its context and removed lines match at line ${places[0]} instead: correct the line numbers in its header.`;
  else if (places.length > 1) elsewhere = `Its context and removed lines match at several places (lines ${places.slice(0, MAX_LISTED_PLACES).join(', ')}): add context lines and correct the header.`;
  else elsewhere = 'Its context and removed lines match nowhere in the file.';
  return (
    `Hunk ${hunk.number} (${hunk.header}) does not apply to ${path}: at line ${lineNumber} ${found} where the hunk expects ${expectation}. ` +
    `${elsewhere} Nothing was changed. Call read_file to see the current text, then send a corrected diff or use search/replace.`
  );
}
