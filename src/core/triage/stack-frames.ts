/**
 * Source locations named in a stack trace or failure body, whatever the language: JavaScript
 * (`at fn (src/a.ts:3:7)`), Python (`File "app/x.py", line 12`), JVM (`at a.B.c(B.java:40)`), Go,
 * Rust, .NET (`in C:\src\A.cs:line 9`). The text is untrusted and capped by the parsers; every
 * pattern here is linear (no nested repetition) and each line is looked at only up to a bound.
 */

/** One location in a stack. */
export interface StackFrame {
  /** Path as written in the stack, normalized to `/` and made relative to the repository when it can be. */
  file: string;
  /** 1-based line. */
  line: number;
}

/** Lines of a stack looked at; frames deeper than this rarely say anything about the cause. */
const MAX_STACK_LINES = 200;
/** Characters of one stack line looked at. */
const MAX_LINE_LENGTH = 1000;

const PYTHON_FRAME = /File "([^"\n]{1,500})", line (\d{1,7})/;
const DOTNET_FRAME = / in ([^\n]{1,500}?):line (\d{1,7})/;
const JVM_FRAME = /\bat [\w$.<>/-]{1,300}\(([\w$.-]{1,200}\.(?:java|kt|scala|groovy)):(\d{1,7})\)/;
// A path with an extension, then `:line` (and maybe `:column`): JavaScript, Go, Rust, Ruby, PHP.
const PATH_LINE = /(?:file:\/\/)?((?:[A-Za-z]:)?[\w@.~+\\/-]{0,400}[\w-]\.[A-Za-z][\w]{0,7}):(\d{1,7})(?::\d{1,7})?/;

/** Parts of paths that are never the project's own code. */
const FOREIGN_PARTS = ['node_modules/', 'node:internal', '/site-packages/', '/dist-packages/', '/usr/lib/', '/go/src/runtime/', '/rustc/', 'internal/process/'];

/** Whether a frame points into dependencies or the runtime rather than the repository's code. */
export function isForeignFrame(file: string): boolean {
  return file.startsWith('node:') || FOREIGN_PARTS.some((part) => file.includes(part));
}

/**
 * The path relative to the repository root when it is inside it (`/home/runner/work/app/app/src/a.ts`
 * with root `/home/runner/work/app/app` → `src/a.ts`); `./` and `a/`-less forms are kept as written.
 */
export function relativeToRoot(file: string, roots: readonly string[]): string {
  let path = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
  for (const root of roots) {
    const prefix = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (prefix !== '/' && path.startsWith(prefix)) {
      path = path.slice(prefix.length);
      break;
    }
  }
  return path.replace(/^\.\//, '');
}

/** Frames of a stack in order, top first, duplicates (same file and line) once. */
export function stackFrames(stack: string | undefined, roots: readonly string[] = []): StackFrame[] {
  if (stack === undefined || stack === '') return [];
  const frames: StackFrame[] = [];
  const seen = new Set<string>();
  const lines = stack.split('\n', MAX_STACK_LINES);
  for (const rawLine of lines) {
    const line = rawLine.length > MAX_LINE_LENGTH ? rawLine.slice(0, MAX_LINE_LENGTH) : rawLine;
    const match = PYTHON_FRAME.exec(line) ?? DOTNET_FRAME.exec(line) ?? JVM_FRAME.exec(line) ?? PATH_LINE.exec(line);
    if (match === null) continue;
    const file = relativeToRoot(match[1] as string, roots);
    const lineNumber = Number(match[2]);
    if (!Number.isSafeInteger(lineNumber) || lineNumber < 1) continue;
    const key = `${file}:${lineNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    frames.push({ file, line: lineNumber });
  }
  return frames;
}

/** The frames inside the repository (not dependencies or the runtime), top first. */
export function ownFrames(stack: string | undefined, roots: readonly string[] = []): StackFrame[] {
  return stackFrames(stack, roots).filter((frame) => !isForeignFrame(frame.file) && !frame.file.startsWith('/'));
}
