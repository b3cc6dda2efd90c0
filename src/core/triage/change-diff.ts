/**
 * The change under test: `git diff base...head` as files and hunks, for linking failures to it.
 * Parsing is lenient (a diff that cannot be read fully still gives the files it named) and
 * bounded: hunk text is capped, since it goes into prompts.
 */

/** One hunk of a changed file, on the new side. */
export interface ChangeHunk {
  /** 1-based first line on the new side. */
  newStart: number;
  /** Lines on the new side (0 for a pure deletion). */
  newCount: number;
  /** The hunk as in the diff (`@@` line included), capped. */
  text: string;
}

/** One changed file. */
export interface ChangedFile {
  /** Path on the new side (the old path for a deleted file). */
  path: string;
  /** Path before a rename, when it differs. */
  oldPath?: string;
  hunks: ChangeHunk[];
}

/** Characters of one hunk's text kept. */
const MAX_HUNK_TEXT = 4000;

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

function stripPrefix(path: string): string {
  const unquoted = path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
  return unquoted.replace(/^[ab]\//, '');
}

/** Files and hunks of a multi-file unified diff (`git diff` output). */
export function parseChangeDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let file: ChangedFile | undefined;
  let hunk: ChangeHunk | undefined;
  let oldPath: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      hunk = undefined;
      oldPath = undefined;
      const paths = /^diff --git (\S+) (\S+)$/.exec(line);
      file = { path: paths === null ? '' : stripPrefix(paths[2] as string), hunks: [] };
      files.push(file);
      continue;
    }
    if (file === undefined) continue;
    if (hunk === undefined && line.startsWith('--- ')) {
      oldPath = line.slice(4) === '/dev/null' ? undefined : stripPrefix(line.slice(4));
      continue;
    }
    if (hunk === undefined && line.startsWith('+++ ')) {
      const newPath = line.slice(4);
      if (newPath === '/dev/null') {
        if (oldPath !== undefined) file.path = oldPath;
      } else {
        file.path = stripPrefix(newPath);
        if (oldPath !== undefined && oldPath !== file.path) file.oldPath = oldPath;
      }
      continue;
    }
    const header = HUNK_HEADER.exec(line);
    if (header !== null) {
      hunk = { newStart: Number(header[1]), newCount: header[2] === undefined ? 1 : Number(header[2]), text: line };
      file.hunks.push(hunk);
      continue;
    }
    if (hunk !== undefined && hunk.text.length < MAX_HUNK_TEXT && /^[ +\-\\]/.test(line)) {
      hunk.text = `${hunk.text}\n${line}`.slice(0, MAX_HUNK_TEXT);
    }
  }
  return files.filter((changed) => changed.path !== '');
}
