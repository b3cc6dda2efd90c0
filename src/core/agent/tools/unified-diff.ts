/** Parsing a unified diff of one file, strictly: what is not understood is refused, with where. */

/** One line of a hunk. */
export interface HunkLine {
  /** ` ` context, `-` removed, `+` added. */
  kind: ' ' | '-' | '+';
  /** The line without its marker and line ending. */
  text: string;
}

/** One `@@ -a,b +c,d @@` section. */
export interface DiffHunk {
  /** 1-based position in the numbering of hunks, for messages. */
  number: number;
  /** The `@@ … @@` line, for messages. */
  header: string;
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: HunkLine[];
  /** `\ No newline at end of file` followed the old side's last line. */
  oldWithoutFinalNewline: boolean;
  /** `\ No newline at end of file` followed the new side's last line. */
  newWithoutFinalNewline: boolean;
}

/** A parsed diff: the file it names (when it has headers) and its hunks in order. */
export interface FileDiff {
  /** Path from the `---` header, `a/` removed; `/dev/null` for a new file. */
  oldPath: string | undefined;
  /** Path from the `+++` header, `b/` removed; `/dev/null` for a deleted file. */
  newPath: string | undefined;
  hunks: DiffHunk[];
}

/** A parsed diff, or why it cannot be used. */
export type ParsedDiff = { ok: true; diff: FileDiff } | { ok: false; error: string };

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Lines git writes between `diff --git` and `---`; they change nothing here. */
const EXTENDED_HEADER = /^(diff |index |old mode |new mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |new file mode |deleted file mode )/;

/** Parses a unified diff that changes exactly one file. */
export function parseUnifiedDiff(text: string): ParsedDiff {
  const lines = withoutCodeFence(text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)));
  let oldPath: string | undefined;
  let newPath: string | undefined;
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const lineNumber = index + 1;
    const header = HUNK_HEADER.exec(line);
    if (header !== null) {
      if (current !== undefined) {
        const problem = closeHunk(current);
        if (problem !== undefined) return { ok: false, error: problem };
      }
      current = {
        number: hunks.length + 1,
        header: header[0],
        oldStart: Number(header[1]),
        oldCount: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newCount: header[4] === undefined ? 1 : Number(header[4]),
        lines: [],
        oldWithoutFinalNewline: false,
        newWithoutFinalNewline: false,
      };
      hunks.push(current);
      continue;
    }
    if (line.startsWith('--- ') && (current === undefined || isFileHeaderAt(lines, index))) {
      if (oldPath !== undefined || hunks.length > 0) {
        return { ok: false, error: `The diff changes more than one file (a second "---" header at diff line ${lineNumber}); send one apply_edit call per file.` };
      }
      oldPath = headerPath(line.slice(4), 'a/');
      continue;
    }
    if (line.startsWith('+++ ') && current === undefined) {
      newPath = headerPath(line.slice(4), 'b/');
      continue;
    }
    if (current === undefined) {
      if (line.trim() === '' || EXTENDED_HEADER.test(line)) continue;
      return { ok: false, error: `Diff line ${lineNumber} comes before any hunk and is not a diff header: ${JSON.stringify(line)}. Hunks start with "@@ -start,count +start,count @@".` };
    }
    if (line.startsWith('\\')) {
      const previous = current.lines.at(-1);
      if (previous === undefined) return { ok: false, error: `Diff line ${lineNumber}: "\\ No newline at end of file" must follow a line of the hunk.` };
      if (previous.kind !== '+') current.oldWithoutFinalNewline = true;
      if (previous.kind !== '-') current.newWithoutFinalNewline = true;
      continue;
    }
    const marker = line[0];
    if (line === '') {
      // An editor or a model often drops the single space of an empty context line.
      current.lines.push({ kind: ' ', text: '' });
    } else if (marker === ' ' || marker === '-' || marker === '+') {
      current.lines.push({ kind: marker, text: line.slice(1) });
    } else if (line.startsWith('diff ')) {
      return { ok: false, error: `The diff changes more than one file (a second "diff" header at diff line ${lineNumber}); send one apply_edit call per file.` };
    } else {
      return { ok: false, error: `Diff line ${lineNumber} in hunk ${current.number} (${current.header}) starts with neither " ", "-" nor "+": ${JSON.stringify(line)}.` };
    }
  }
  if (current !== undefined) {
    const problem = closeHunk(current);
    if (problem !== undefined) return { ok: false, error: problem };
  }
  if (hunks.length === 0) return { ok: false, error: 'The diff holds no hunk; each change starts with a line like "@@ -12,4 +12,5 @@".' };
  return { ok: true, diff: { oldPath, newPath, hunks } };
}

/** Whether a `---` line at `index` starts a new file (a `+++` line follows), not a removed line `-- …`. */
function isFileHeaderAt(lines: readonly string[], index: number): boolean {
  return (lines[index + 1] ?? '').startsWith('+++ ');
}

/** Checks the hunk's line counts against its header; trailing empty lines beyond them are dropped. */
function closeHunk(hunk: DiffHunk): string | undefined {
  const count = (): { old: number; new: number } => ({
    old: hunk.lines.filter((line) => line.kind !== '+').length,
    new: hunk.lines.filter((line) => line.kind !== '-').length,
  });
  let counts = count();
  // The blank line that ends a diff text is not part of its last hunk.
  while ((counts.old > hunk.oldCount || counts.new > hunk.newCount) && hunk.lines.at(-1)?.kind === ' ' && hunk.lines.at(-1)?.text === '') {
    hunk.lines.pop();
    counts = count();
  }
  if (counts.old === hunk.oldCount && counts.new === hunk.newCount) return undefined;
  return (
    `Hunk ${hunk.number} (${hunk.header}) promises ${hunk.oldCount} old and ${hunk.newCount} new lines but holds ` +
    `${counts.old} old (context and "-") and ${counts.new} new (context and "+"). Fix the counts in its header, or send the edit as search/replace.`
  );
}

function headerPath(raw: string, prefix: string): string {
  // git appends a tab and a timestamp in some modes; names with spaces may be quoted.
  let path = raw.split('\t')[0]?.trim() ?? '';
  if (path.startsWith('"') && path.endsWith('"') && path.length >= 2) path = path.slice(1, -1);
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

function withoutCodeFence(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !(lines[first] as string).startsWith('```')) return lines;
  let last = lines.length - 1;
  while (last > first && (lines[last] as string).trim() === '') last -= 1;
  const end = (lines[last] as string).trim() === '```' ? last : lines.length;
  return lines.slice(first + 1, end);
}
