import { LineSplitter } from './line-splitter.js';
import { finishTestCase, lineNumber, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { REPORT_TEXT_CAPS } from './report-text.js';
import type { ReportSyntaxError } from './report-syntax-error.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';

interface DartTest {
  name: string;
  suite: string;
  file?: string;
  line?: number;
  skipReason?: string;
  started: number;
  message?: string;
  errors?: TextExcerpt;
  prints?: TextExcerpt;
}

/** Most suites, groups and running tests remembered; past that the stream is treated as malformed. */
const MAX_TRACKED = 200_000;

type DartEvent = Record<string, unknown>;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The Dart test runner's JSON reporter (`dart test --reporter json`, `flutter test --machine`):
 * one event per line (`suite`, `group`, `testStart`, `print`, `error`, `testDone`). Hidden tests
 * (the runner's "loading" entries) count only when they fail, as an errored load of the suite.
 */
export class DartJsonParser implements ReportParser {
  readonly format = 'dart-json' as const;
  private readonly lines: LineSplitter;
  private readonly suites = new Map<number, string>();
  private readonly tests = new Map<number, DartTest>();
  private firstError: ReportSyntaxError | undefined;

  constructor(private readonly context: ReportParserContext) {
    this.lines = new LineSplitter((line, number, cut) => this.onLine(line, number, cut));
  }

  write(chunk: string): void {
    this.lines.write(chunk);
  }

  end(): void {
    this.lines.end();
    for (const test of this.tests.values()) this.emit(test, 'errored', false, 'the test did not finish (the run was cut short or the report is truncated)');
    this.tests.clear();
    if (this.firstError !== undefined) throw this.firstError;
  }

  private onLine(line: string, number: number, cut: boolean): void {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) return;
    let event: DartEvent;
    try {
      if (cut) throw new Error('line too long');
      event = record(JSON.parse(trimmed));
    } catch (error) {
      this.firstError ??= LineSplitter.errorAt(`not a JSON event: ${(error as Error).message}`, number);
      return;
    }
    switch (event['type']) {
      case 'suite': {
        const suite = record(event['suite']);
        if (typeof suite['id'] === 'number' && this.suites.size < MAX_TRACKED) this.suites.set(suite['id'], text(suite['path']) ?? '');
        return;
      }
      case 'testStart':
        this.onTestStart(record(event['test']), number);
        return;
      case 'print': {
        const test = this.tests.get(Number(event['testID']));
        const message = text(event['message']);
        if (test !== undefined && message !== undefined) (test.prints ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(`${message}\n`);
        return;
      }
      case 'error': {
        const test = this.tests.get(Number(event['testID']));
        if (test === undefined) return;
        const error = text(event['error']) ?? '';
        test.message ??= error;
        (test.errors ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(`${error}\n${text(event['stackTrace']) ?? ''}\n`);
        return;
      }
      case 'testDone': {
        const id = Number(event['testID']);
        const test = this.tests.get(id);
        if (test === undefined) return;
        this.tests.delete(id);
        const result = event['result'];
        const status: TestStatus = result === 'failure' ? 'failed' : result === 'error' ? 'errored' : event['skipped'] === true ? 'skipped' : 'passed';
        this.emit(test, status, event['hidden'] === true);
        return;
      }
      default:
        return;
    }
  }

  private onTestStart(test: Record<string, unknown>, number: number): void {
    if (typeof test['id'] !== 'number') return;
    if (this.tests.size >= MAX_TRACKED) {
      this.firstError ??= LineSplitter.errorAt(`more than ${MAX_TRACKED} tests running at once`, number);
      return;
    }
    const metadata = record(test['metadata']);
    const suite = this.suites.get(Number(test['suiteID'])) ?? '';
    const state: DartTest = { name: text(test['name']) ?? '', suite, started: number };
    const file = text(test['root_url']) ?? text(test['url']) ?? (suite === '' ? undefined : suite);
    if (file !== undefined) state.file = file;
    const line = lineNumber(typeof test['root_line'] === 'number' ? test['root_line'] : typeof test['line'] === 'number' ? test['line'] : undefined);
    if (line !== undefined) state.line = line;
    const skipReason = text(metadata['skipReason']);
    if (skipReason !== undefined) state.skipReason = skipReason;
    this.tests.set(test['id'], state);
  }

  private emit(test: DartTest, status: TestStatus, hidden: boolean, fallbackMessage?: string): void {
    // The runner's own "loading …" entries: only a failure to load matters.
    if (hidden && status !== 'failed' && status !== 'errored') return;
    const raw: RawTestCase = { suite: test.suite, name: test.name, status: hidden ? 'errored' : status };
    if (test.file !== undefined) raw.file = test.file;
    if (test.line !== undefined) raw.line = test.line;
    const message = status === 'skipped' ? test.skipReason : (test.message ?? fallbackMessage);
    if (message !== undefined) raw.message = message;
    const stack = test.errors?.text();
    if (stack !== undefined) raw.stack = stack;
    const prints = test.prints?.text();
    if (prints !== undefined) raw.stdout = prints;
    this.context.emit(finishTestCase(raw, this.context));
  }
}
