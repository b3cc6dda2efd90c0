/**
 * Failure signatures: the same cause gives the same signature across tests and runs. The message
 * is normalized (numbers, hex, UUIDs, temporary paths, timestamps and quoted values replaced by
 * placeholders) and joined with the top frames of the stack, frames in the project's own code
 * preferred over those in libraries, runners and the language runtime. Line numbers are left out
 * of frames so an edit above the failing line does not make a new signature.
 */

/** One frame parsed from a stack trace. */
export interface StackFrame {
  /** The file as written in the trace (`file://` removed). */
  file: string;
  /** The function or method, when the trace names it. */
  function?: string;
  line?: number;
  /** False for runtime, library and test-runner frames. */
  project: boolean;
}

/** How many frames a signature keeps. */
export const SIGNATURE_FRAMES = 3;
const MAX_MESSAGE_LENGTH = 300;

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
  [/\b\d{4}-\d{2}-\d{2}\b/g, '<date>'],
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b/g, '<time>'],
  [/(?:\/private)?\/var\/folders\/[^\s'"`)\]]*|\/(?:var\/)?tmp\/[^\s'"`)\]]*|[A-Za-z]:\\(?:[^\s\\]+\\)*?(?:Temp|tmp)\\[^\s'"`)\]]*/g, '<tmp>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}\b/g, '<ip>'],
  [/\b0x[0-9a-f]+\b/gi, '<hex>'],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>'],
  [/"(?:[^"\\\n]|\\.){0,200}"/g, '"<v>"'],
  [/(^|[^\w])'(?:[^'\\\n]|\\.){0,200}'(?!\w)/g, "$1'<v>'"],
  [/`[^`\n]{0,200}`/g, '`<v>`'],
  [/(^|[^\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w])/gi, '$1<n>'],
];

/** The message with run-specific values replaced by placeholders, whitespace collapsed, capped. */
export function normalizeFailureMessage(message: string): string {
  let text = message;
  for (const [pattern, replacement] of REPLACEMENTS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text;
}

interface FramePattern {
  pattern: RegExp;
  file: number;
  line: number;
  function?: number;
}

// Most specific first; each is tried on one line of the trace.
const FRAME_PATTERNS: readonly FramePattern[] = [
  { pattern: /^\s*at (.+?) in (.+?):line (\d+)\s*$/, function: 1, file: 2, line: 3 }, // .NET
  { pattern: /^\s*at (?:async )?([^\s()]+(?: \[as [^\]]+\])?) \((.+?):(\d+)(?::\d+)?\)\s*$/, function: 1, file: 2, line: 3 }, // JavaScript, named
  { pattern: /^\s*at (?:async )?(?:file:\/\/)?(node:[^\s()]+?|\/.+?|[A-Za-z]:\\.+?|[\w@.-][^\s:()]*):(\d+)(?::\d+)?\s*$/, file: 1, line: 2 }, // JavaScript, anonymous
  { pattern: /^\s*at ([\w$.<>/-]+)\(([^():]+):(\d+)\)/, function: 1, file: 2, line: 3 }, // JVM
  { pattern: /^\s*(?:async )?([^\s()]+) \((?:file:\/\/)?(\/[^()]+|[A-Za-z]:\\[^()]+|node:[^()]+):(\d+):\d+\)\s*$/, function: 1, file: 2, line: 3 }, // JavaScript without "at" (node:test TAP)
  { pattern: /^\s*File "(.+?)", line (\d+)(?:, in (.+))?/, file: 1, line: 2, function: 3 }, // Python traceback
  { pattern: /^\s*(?:# )?([^\s:'"]+\.rb):(\d+)(?::in [`'](?:[\w:#]+[#.])?([^']+)')?/, file: 1, line: 2, function: 3 }, // Ruby
  { pattern: /^\s*(\S+\.dart) (\d+):\d+\s+(.+?)\s*$/, file: 1, line: 2, function: 3 }, // Dart
  { pattern: /^\s*❯ (?:(\S+) )?(\S+?):(\d+):\d+\s*$/, function: 1, file: 2, line: 3 }, // Vitest
  { pattern: /^\s*([^\s:'"]+\.(?:go|py|php|swift|rs|c|cc|cpp|h|m|kt|java|scala|ts|tsx|js|mjs|cjs|cs|dart)):(\d+)(?::\d+)?(?:[:\s]|$)/, file: 1, line: 2 }, // file:line at line start (Go, pytest, PHPUnit, Swift)
];

const LIBRARY_FRAME = new RegExp(
  [
    'node_modules[\\\\/]', '^node:', '^internal[\\\\/]', '\\(native\\)', '<anonymous>', 'site-packages', 'dist-packages',
    '^/usr/(?:local/)?lib/', '<frozen ', '[\\\\/]_pytest[\\\\/]', '[\\\\/]pluggy[\\\\/]', '^(?:java|javax|jdk|sun|kotlin|kotlinx|scala)\\.',
    '^org\\.(?:junit|apache\\.maven|gradle|testng|opentest4j|assertj|hamcrest|mockito)\\.', '^junit\\.', '/go/src/(?:testing|runtime)/',
    '^(?:testing|runtime)/', '[\\\\/]gems[\\\\/]', '[\\\\/]vendor[\\\\/]', '^(?:System|Microsoft|NUnit|Xunit|xunit)\\.',
    '^dart:', '^package:(?:test|test_api|test_core|matcher|flutter_test|stack_trace)/',
  ].join('|'),
);

function isProjectFrame(file: string, functionName: string | undefined): boolean {
  if (LIBRARY_FRAME.test(file)) return false;
  // JVM and .NET frames carry the package in the function (`org.junit.Assert.fail`), not the file.
  if (functionName !== undefined && /^(?:java|javax|jdk|sun|kotlin|org\.junit|org\.opentest4j|org\.assertj|junit|System|Microsoft|NUnit|Xunit)\./.test(functionName)) return false;
  return true;
}

/** Frames found in a stack trace or failure body, in order. */
export function parseStackFrames(stack: string, maxFrames = 50): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const rawLine of stack.split('\n', 400)) {
    for (const framePattern of FRAME_PATTERNS) {
      const match = framePattern.pattern.exec(rawLine);
      if (match === null) continue;
      const file = match[framePattern.file]!.replace(/^file:\/\//, '');
      const functionName = framePattern.function === undefined ? undefined : match[framePattern.function]?.trim();
      const frame: StackFrame = { file, line: Number(match[framePattern.line]), project: isProjectFrame(file, functionName) };
      if (functionName !== undefined && functionName !== '') frame.function = functionName;
      frames.push(frame);
      break;
    }
    if (frames.length >= maxFrames) break;
  }
  return frames;
}

/** The frames a signature keeps: the project's own first, then others, `count` at most. */
export function topFrames(frames: readonly StackFrame[], count = SIGNATURE_FRAMES): StackFrame[] {
  const project = frames.filter((frame) => frame.project);
  return (project.length > 0 ? project : frames).slice(0, count);
}

function frameKey(frame: StackFrame): string {
  // The last two path segments: stable across checkouts (/home/runner/work/x/x/… vs a laptop).
  const segments = frame.file.split(/[\\/]/).filter((segment) => segment !== '');
  const file = normalizeFailureMessage(segments.slice(-2).join('/')).replace(/"<v>"/g, '');
  return frame.function === undefined ? file : `${frame.function.replace(/\s+/g, ' ').slice(0, 120)} (${file})`;
}

/** What a signature is computed from. */
export interface SignatureSource {
  message?: string;
  stack?: string;
}

/** `normalized message @ frame < frame < frame` (repeated frames once); the first non-empty stack line stands in for a missing message. */
export function failureSignature(source: SignatureSource): string {
  const stack = source.stack ?? '';
  const messageText = source.message !== undefined && source.message.trim() !== '' ? source.message : (stack.split('\n').find((line) => line.trim() !== '') ?? '');
  const message = normalizeFailureMessage(messageText);
  const frames = [...new Set(topFrames(parseStackFrames(stack), SIGNATURE_FRAMES * 3).map(frameKey))].slice(0, SIGNATURE_FRAMES);
  const signature = frames.length === 0 ? message : `${message} @ ${frames.join(' < ')}`;
  return signature === '' ? '(no message)' : signature;
}
