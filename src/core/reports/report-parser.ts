import type { ReportFormat, TestCaseResult, TestStatus } from './test-report.js';
import { parseStackFrames } from './failure-signature.js';
import { cleanAndCap, cleanAndCapOutput, detachedString, REPORT_TEXT_CAPS } from './report-text.js';

/** A streaming parser for one report format: `write` text in pieces of any size, then `end`. */
export interface ReportParser {
  readonly format: ReportFormat;
  /** Feeds the next piece of the report; throws `ReportSyntaxError` when the report is malformed. */
  write(chunk: string): void;
  /** Ends the report; throws `ReportSyntaxError` when it was truncated. */
  end(): void;
}

/** What a parser hands its results to. */
export interface ReportParserContext {
  /** Called once per test case execution, in report order. */
  emit(result: TestCaseResult): void;
  /** Absolute path of the repository root; file paths below it are made relative to it. */
  sourceRoot?: string;
}

/** A test case as a parser gathered it, before cleaning and capping. */
export interface RawTestCase {
  suite: string;
  name: string;
  /** The format's own id; `suite::name` when absent. */
  id?: string;
  file?: string;
  line?: number;
  status: TestStatus;
  durationMs?: number;
  message?: string;
  stack?: string;
  stdout?: string;
  stderr?: string;
  retries?: TestStatus[];
}

function needsDetails(raw: RawTestCase): boolean {
  return raw.status === 'failed' || raw.status === 'errored' || (raw.retries?.some((status) => status === 'failed' || status === 'errored') ?? false);
}

/**
 * Makes a `TestCaseResult`: text cleaned (ANSI, invalid characters) and capped, the file made
 * relative, the id built. Output and stack are only kept where a failure needs them: a passing or
 * skipped test costs its names and status.
 */
export function finishTestCase(raw: RawTestCase, context: ReportParserContext): TestCaseResult {
  const suite = relativeSuite(cleanAndCap(raw.suite, REPORT_TEXT_CAPS.name) ?? '', context.sourceRoot);
  const name = cleanAndCap(raw.name, REPORT_TEXT_CAPS.name) ?? '(unnamed)';
  const ownId = raw.id === undefined ? undefined : cleanAndCap(raw.id, REPORT_TEXT_CAPS.name);
  const result: TestCaseResult = {
    id: detachedString(ownId ?? `${suite}::${name}`),
    suite,
    name,
    status: raw.status,
  };
  const file = raw.file === undefined ? undefined : relativeSourceFile(raw.file, context.sourceRoot);
  if (file !== undefined) result.file = file;
  if (raw.line !== undefined && Number.isInteger(raw.line) && raw.line > 0) result.line = raw.line;
  if (raw.durationMs !== undefined && Number.isFinite(raw.durationMs) && raw.durationMs >= 0) result.durationMs = raw.durationMs;
  if (raw.retries !== undefined && raw.retries.length > 0) result.retries = raw.retries;
  const message = cleanAndCap(raw.message, REPORT_TEXT_CAPS.message);
  if (message !== undefined) result.message = message;
  if (needsDetails(raw)) {
    // Failures are kept until the end: none of their strings may pin the piece of report they were cut from.
    result.suite = detachedString(suite);
    result.name = detachedString(name);
    const stack = cleanAndCap(raw.stack, REPORT_TEXT_CAPS.stack);
    if (stack !== undefined) result.stack = stack;
    const stdout = cleanAndCapOutput(raw.stdout, REPORT_TEXT_CAPS.output);
    if (stdout !== undefined) result.stdout = stdout;
    const stderr = cleanAndCapOutput(raw.stderr, REPORT_TEXT_CAPS.output);
    if (stderr !== undefined) result.stderr = stderr;
    if (result.line === undefined && result.file !== undefined) {
      const line = lineInTestFile(result.file, `${result.stack ?? ''}\n${result.message ?? ''}`);
      if (line !== undefined) result.line = line;
    }
    if (result.file === undefined && context.sourceRoot !== undefined) {
      // No file in the report (Vitest's and Playwright's JUnit, Surefire): the first project frame
      // that lies inside the repository is where the failure shows, so annotations can point at it.
      const place = placeInRepository(`${result.stack ?? ''}\n${result.message ?? ''}`, context.sourceRoot);
      if (place !== undefined) {
        result.file = place.file;
        result.line = place.line;
      }
    }
    for (const field of ['message', 'stack', 'stdout', 'stderr', 'file'] as const) {
      const value = result[field];
      if (value !== undefined) result[field] = detachedString(value);
    }
  }
  return result;
}

/** A suite named by an absolute file path (Jest, Vitest) below the root, made relative so ids match across machines. */
function relativeSuite(suite: string, sourceRoot: string | undefined): string {
  if (sourceRoot === undefined || sourceRoot === '') return suite;
  const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
  return suite.startsWith(root) ? suite.slice(root.length) : suite;
}

/** The line of the first stack frame in the test's own file, for reports that do not give one. */
function lineInTestFile(file: string, stack: string): number | undefined {
  const name = file.split(/[\\/]/).at(-1);
  if (name === undefined || name === '') return undefined;
  const frame = parseStackFrames(stack).find((candidate) => candidate.file === file || candidate.file.endsWith(`/${file}`) || candidate.file.split(/[\\/]/).at(-1) === name);
  return frame?.line;
}

function placeInRepository(stack: string, sourceRoot: string): { file: string; line: number } | undefined {
  const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
  for (const frame of parseStackFrames(stack)) {
    if (!frame.project || frame.line === undefined) continue;
    const file = relativeSourceFile(frame.file, sourceRoot);
    if (file === undefined || !(frame.file.startsWith(root) || frame.file.startsWith(`file://${root}`))) continue;
    return { file, line: frame.line };
  }
  return undefined;
}

/** A source path as reported (absolute, `file://` URL, `./x`, Windows separators), relative to the root when below it. */
export function relativeSourceFile(file: string, sourceRoot: string | undefined): string | undefined {
  let path = cleanAndCap(file, REPORT_TEXT_CAPS.name);
  if (path === undefined) return undefined;
  if (path.startsWith('file://')) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      return path;
    }
  }
  if (sourceRoot !== undefined && sourceRoot !== '') {
    const root = sourceRoot.endsWith('/') ? sourceRoot : `${sourceRoot}/`;
    if (path.startsWith(root)) path = path.slice(root.length);
  }
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

/** Seconds as written in a report (`1.5`, `1,234.5`) to milliseconds. */
export function secondsToMilliseconds(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const seconds = Number(text.replaceAll(',', ''));
  return Number.isFinite(seconds) ? Math.round(seconds * 1_000_000) / 1000 : undefined;
}

/** A positive whole line number, or undefined. */
export function lineNumber(text: string | number | undefined): number | undefined {
  const value = typeof text === 'number' ? text : text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
