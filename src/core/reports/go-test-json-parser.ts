import { LineSplitter } from './line-splitter.js';
import { finishTestCase, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { REPORT_TEXT_CAPS } from './report-text.js';
import type { ReportSyntaxError } from './report-syntax-error.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';

interface GoEvent {
  Action?: string;
  Package?: string;
  ImportPath?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
}

interface RunningTest {
  output: TextExcerpt;
}

/** Most tests tracked as running at once; more is treated as a malformed stream. */
const MAX_RUNNING_TESTS = 100_000;
const LOCATION_LINE = /^\s*([\w./-]+\.go):(\d+): ?(.*)$/;
// Before Go 1.24 a package that does not build only leaves this plain line in the JSON stream.
const BUILD_FAILED_LINE = /^FAIL\s+(\S+)\s+\[(build failed|setup failed)\]/;

/**
 * `go test -json` (test2json) events, one JSON object per line: `run`, `output`, `pass`, `fail`,
 * `skip` per test (subtests `TestA/sub` are tests of their own, as Go counts them), a package
 * `fail` with no failing test (a build error, a panic in `TestMain`) as an errored
 * `package::(package)` entry, Go 1.24's `build-output`/`build-fail`. Lines that are not JSON
 * objects (build output mixed in) are skipped; a line that starts like one but does not parse is
 * an error naming its line number, reported at the end, after everything else was read.
 */
export class GoTestJsonParser implements ReportParser {
  readonly format = 'go-test-json' as const;
  private readonly lines: LineSplitter;
  private readonly running = new Map<string, RunningTest>();
  private readonly packageOutput = new Map<string, TextExcerpt>();
  private readonly packagesWithFailures = new Set<string>();
  private readonly failedTests = new Set<string>();
  private firstError: ReportSyntaxError | undefined;

  constructor(private readonly context: ReportParserContext) {
    this.lines = new LineSplitter((line, lineNumber, cut) => this.onLine(line, lineNumber, cut));
  }

  write(chunk: string): void {
    this.lines.write(chunk);
  }

  end(): void {
    this.lines.end();
    // Tests still running when the stream ended: the run was cut short (a timeout, a crash, a truncated file).
    for (const [key, test] of this.running) {
      const [packageName, name] = key.split('\u0000') as [string, string];
      this.emit(packageName, name, 'errored', undefined, test.output.text(), 'the test did not finish (the run timed out, crashed or the report is truncated)');
    }
    this.running.clear();
    if (this.firstError !== undefined) throw this.firstError;
  }

  private onLine(line: string, lineNumber: number, cut: boolean): void {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) {
      const buildFailed = BUILD_FAILED_LINE.exec(trimmed);
      if (buildFailed !== null) this.emit(buildFailed[1]!, '(package)', 'errored', undefined, undefined, `the package failed: ${buildFailed[2]}`);
      return;
    }
    let event: GoEvent;
    try {
      if (cut) throw new Error(`line longer than ${line.length} characters`);
      event = JSON.parse(trimmed) as GoEvent;
    } catch (error) {
      this.firstError ??= LineSplitter.errorAt(`not a JSON event: ${(error as Error).message}`, lineNumber);
      return;
    }
    if (typeof event !== 'object' || event === null) return;
    const packageName = String(event.Package ?? event.ImportPath ?? '');
    const test = typeof event.Test === 'string' ? event.Test : undefined;
    const action = event.Action;
    if (test === undefined) {
      this.onPackageEvent(packageName, action, event);
      return;
    }
    const key = `${packageName}\u0000${test}`;
    switch (action) {
      case 'run':
        if (this.running.size >= MAX_RUNNING_TESTS) {
          this.firstError ??= LineSplitter.errorAt(`more than ${MAX_RUNNING_TESTS} tests running at once`, lineNumber);
          return;
        }
        this.running.set(key, { output: new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true) });
        return;
      case 'output':
        if (typeof event.Output === 'string') this.running.get(key)?.output.append(event.Output);
        return;
      case 'pass':
      case 'fail':
      case 'skip': {
        const output = this.running.get(key)?.output.text();
        this.running.delete(key);
        const status: TestStatus = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
        let fallback: string | undefined;
        if (status === 'failed') {
          // Go fails a parent when a subtest fails; say so rather than leave it without a message.
          if ([...this.failedTests].some((failed) => failed.startsWith(`${key}/`))) fallback = 'a subtest failed';
          this.packagesWithFailures.add(packageName);
          if (this.failedTests.size < MAX_RUNNING_TESTS) this.failedTests.add(key);
        }
        this.emit(packageName, test, status, event.Elapsed, output, fallback);
        return;
      }
      default:
        return;
    }
  }

  private onPackageEvent(packageName: string, action: string | undefined, event: GoEvent): void {
    if (action === 'output' || action === 'build-output') {
      if (typeof event.Output !== 'string') return;
      let output = this.packageOutput.get(packageName);
      if (output === undefined) {
        if (this.packageOutput.size >= MAX_RUNNING_TESTS) return;
        output = new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true);
        this.packageOutput.set(packageName, output);
      }
      output.append(event.Output);
      return;
    }
    if (action === 'fail' || action === 'build-fail') {
      const output = this.packageOutput.get(packageName)?.text();
      this.packageOutput.delete(packageName);
      if (this.packagesWithFailures.has(packageName)) return;
      this.emit(packageName, '(package)', 'errored', event.Elapsed, output, action === 'build-fail' ? 'the package failed to build' : 'the package failed outside any test');
      return;
    }
    if (action === 'pass' || action === 'skip') this.packageOutput.delete(packageName);
  }

  private emit(packageName: string, test: string, status: TestStatus, elapsedSeconds: number | undefined, output: string | undefined, fallbackMessage?: string): void {
    const raw: RawTestCase = { suite: packageName, name: test, status };
    if (typeof elapsedSeconds === 'number') raw.durationMs = Math.round(elapsedSeconds * 1000);
    if (status === 'failed' || status === 'errored') {
      const details = failureDetails(output ?? '');
      raw.stack = details.body;
      raw.message = details.message ?? fallbackMessage ?? details.lastLine;
      if (details.file !== undefined) raw.file = details.file;
      if (details.line !== undefined) raw.line = details.line;
    } else if (status === 'skipped') {
      raw.message = failureDetails(output ?? '').message;
    }
    this.context.emit(finishTestCase(raw, this.context));
  }
}

/** The test's own lines from its output: `file.go:12: message` gives the message and place. */
function failureDetails(output: string): { body: string; message?: string; file?: string; line?: number; lastLine?: string } {
  const body = output
    .split('\n')
    .filter((line) => !/^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(line))
    .join('\n')
    .trim();
  const details: { body: string; message?: string; file?: string; line?: number; lastLine?: string } = { body };
  for (const line of body.split('\n')) {
    const match = LOCATION_LINE.exec(line);
    if (match !== null) {
      details.file = match[1]!;
      details.line = Number(match[2]);
      details.message = match[3]!;
      break;
    }
    if (/^panic: /.test(line.trim())) {
      details.message = line.trim();
      break;
    }
  }
  const lines = body.split('\n').filter((line) => line.trim() !== '' && !/^(FAIL|ok|PASS)\b/.test(line.trim()));
  if (lines.length > 0) details.lastLine = lines.at(-1)!.trim();
  return details;
}
