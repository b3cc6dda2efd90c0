import { parseUnifiedDiff, type FileDiff } from '../agent/tools/unified-diff.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';

/** One file of a proposed fix. */
export interface FixFile {
  /** The path it changes (new side; the old side for a deletion). */
  path: string;
  diff: FileDiff;
}

/** A fix split into files, or why it cannot be used. */
export type ParsedFix = { ok: true; files: FixFile[] } | { ok: false; error: string };

/** Most files one fix may change. */
const MAX_FIX_FILES = 20;

/**
 * Splits a multi-file unified diff into one strict diff per file (each parsed by the same strict
 * parser apply_edit uses). Renames, deletions and new files are refused: a fix changes lines of
 * files that exist. Paths are normalized; one that climbs out of the repository is refused.
 */
export function parseFix(text: string): ParsedFix {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const chunks: string[][] = [];
  let current: string[] | undefined;
  const hasHunk = (chunk: string[] | undefined) => chunk !== undefined && chunk.some((entry) => entry.startsWith('@@'));
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    // A file starts at `diff --git`, or at a bare `---`/`+++` pair once the current file has hunks.
    const startsFile = line.startsWith('diff --git ') || (line.startsWith('--- ') && (lines[index + 1] ?? '').startsWith('+++ ') && hasHunk(current));
    if (startsFile || current === undefined) {
      if (hasHunk(current)) chunks.push(current as string[]);
      current = [line];
    } else {
      current.push(line);
    }
  }
  if (hasHunk(current)) chunks.push(current as string[]);
  if (chunks.length === 0) return { ok: false, error: 'the fix holds no hunk (@@ … @@)' };
  if (chunks.length > MAX_FIX_FILES) return { ok: false, error: `the fix changes ${chunks.length} files; at most ${MAX_FIX_FILES} are accepted` };
  const files: FixFile[] = [];
  for (const chunk of chunks) {
    const parsed = parseUnifiedDiff(chunk.filter((line) => !line.startsWith('diff --git ')).join('\n'));
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const { oldPath, newPath } = parsed.diff;
    if (oldPath === undefined || newPath === undefined) return { ok: false, error: 'every file of the fix needs --- a/… and +++ b/… headers' };
    if (oldPath === '/dev/null' || newPath === '/dev/null') return { ok: false, error: `the fix creates or deletes ${newPath === '/dev/null' ? oldPath : newPath}; a fix only changes lines of existing files` };
    if (oldPath !== newPath) return { ok: false, error: `the fix renames ${oldPath} to ${newPath}; a fix only changes lines of existing files` };
    const normalized = normalizePolicyPath(newPath);
    if (!normalized.ok) return { ok: false, error: `${newPath}: ${normalized.reason}` };
    if (files.some((file) => file.path === normalized.path)) return { ok: false, error: `the fix changes ${normalized.path} in two places; give one diff per file` };
    files.push({ path: normalized.path, diff: parsed.diff });
  }
  return { ok: true, files };
}
