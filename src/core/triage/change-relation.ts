import type { TestOutcome } from '../reports/test-report.js';
import type { ChangedFile, ChangeHunk } from './change-diff.js';
import { ownFrames, type StackFrame } from './stack-frames.js';

/**
 * How a failure relates to the change under test. A failing test whose own file and whose stack
 * (the repository's frames) do not touch any changed file is likely unrelated to the change: it
 * was broken before, or broken by something else (data, the machine, a dependency).
 */

/** `at-changed-line`: a frame is inside a changed hunk; `touches-change`: the test file or a frame's file changed. */
export type ChangeRelation = 'at-changed-line' | 'touches-change' | 'unrelated' | 'unknown';

/** The relation and what it rests on. */
export interface ChangeLink {
  relation: ChangeRelation;
  /** Changed files the failure touches. */
  files: string[];
  /** Frames that fall inside a changed hunk (`file:line`). */
  lines: string[];
}

/** Lines around a hunk that still count as "at" it: a change two lines above a failing line is the usual cause. */
const HUNK_MARGIN = 3;

function inHunk(frame: StackFrame, hunk: ChangeHunk): boolean {
  const start = hunk.newStart - HUNK_MARGIN;
  const end = hunk.newStart + Math.max(hunk.newCount, 1) - 1 + HUNK_MARGIN;
  return frame.line >= start && frame.line <= end;
}

/** Links one failure to the change; `changes` undefined means the diff is not known. */
export function linkToChange(
  failure: Pick<TestOutcome, 'file' | 'stack'>,
  changes: readonly ChangedFile[] | undefined,
  roots: readonly string[] = [],
): ChangeLink {
  if (changes === undefined) return { relation: 'unknown', files: [], lines: [] };
  const byPath = new Map(changes.map((changed) => [changed.path, changed]));
  const files = new Set<string>();
  const lines: string[] = [];
  if (failure.file !== undefined && byPath.has(failure.file)) files.add(failure.file);
  for (const frame of ownFrames(failure.stack, roots)) {
    const changed = byPath.get(frame.file);
    if (changed === undefined) continue;
    files.add(changed.path);
    if (changed.hunks.some((hunk) => inHunk(frame, hunk))) lines.push(`${frame.file}:${frame.line}`);
  }
  const relation: ChangeRelation = lines.length > 0 ? 'at-changed-line' : files.size > 0 ? 'touches-change' : 'unrelated';
  return { relation, files: [...files].sort(), lines };
}

/** The hunks worth showing with a failure: those of the files it touches, else none. */
export function relatedHunks(link: ChangeLink, changes: readonly ChangedFile[] | undefined, maxHunks: number): Array<{ path: string; hunk: ChangeHunk }> {
  if (changes === undefined) return [];
  const related: Array<{ path: string; hunk: ChangeHunk }> = [];
  for (const changed of changes) {
    if (!link.files.includes(changed.path)) continue;
    for (const hunk of changed.hunks) related.push({ path: changed.path, hunk });
  }
  return related.slice(0, maxHunks);
}
