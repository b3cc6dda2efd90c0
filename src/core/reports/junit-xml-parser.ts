import { finishTestCase, lineNumber, secondsToMilliseconds, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { REPORT_TEXT_CAPS } from './report-text.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';

/** Where character data inside a test case goes. */
type CaptureTarget = 'stack' | 'stdout' | 'stderr' | 'skip' | 'retry-stack';

interface TestCaseState {
  raw: RawTestCase;
  stack?: TextExcerpt;
  stdout?: TextExcerpt;
  stderr?: TextExcerpt;
  skipBody?: TextExcerpt;
  /** Surefire `flakyFailure`/`flakyError`: failed executions before the one that passed. */
  flakyStatuses: TestStatus[];
  /** Surefire `rerunFailure`/`rerunError`: executions after the first failure, which failed too. */
  rerunStatuses: TestStatus[];
  retryMessage?: string;
  retryStack?: TextExcerpt;
  /** Depth of elements open inside a `flakyFailure`/`rerunFailure` (their `system-out` is not the test's). */
  retryDepth: number;
}

const SKIPPED_STATUS_VALUES = new Set(['skipped', 'skip', 'disabled', 'notrun', 'not run', 'ignored', 'suppressed', 'pending']);

/**
 * JUnit XML as written by jest-junit, Vitest, node:test, pytest (xunit1 and xunit2), go-junit-report,
 * gotestsum, Maven Surefire and Gradle (with `flakyFailure`, `rerunFailure`, `flakyError`,
 * `rerunError`), PHPUnit, Swift, Playwright and the .NET JUnit loggers: a `testsuites` or
 * `testsuite` root, suites nested to any depth, `testcase` with `failure`, `error`, `skipped`,
 * `system-out` and `system-err`. Suite is the test's `classname` (PHPUnit: `class`), else the
 * enclosing suite names joined with ` > `.
 */
export class JunitXmlParser implements ReportParser, XmlHandler {
  readonly format = 'junit-xml' as const;
  private readonly tokenizer: XmlTokenizer;
  private readonly suites: Array<{ name: string; file?: string }> = [];
  private testCase: TestCaseState | undefined;
  private capture: CaptureTarget | undefined;

  constructor(private readonly context: ReportParserContext) {
    this.tokenizer = new XmlTokenizer(this);
  }

  write(chunk: string): void {
    this.tokenizer.write(chunk);
  }

  end(): void {
    this.tokenizer.end();
  }

  openTag(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void {
    const testCase = this.testCase;
    if (testCase === undefined) {
      if (name === 'testsuite') {
        const file = attributes.get('file') ?? attributes.get('filepath');
        this.suites.push({ name: attributes.get('name') ?? '', ...(file === undefined ? {} : { file }) });
      } else if (name === 'testcase') {
        this.startTestCase(attributes);
      }
      return;
    }
    if (testCase.retryDepth > 0) {
      testCase.retryDepth += 1;
      if (name === 'stackTrace' && !selfClosing) this.startCapture('retry-stack');
      return;
    }
    switch (name) {
      case 'failure':
      case 'error': {
        const status: TestStatus = name === 'failure' ? 'failed' : 'errored';
        if (testCase.raw.status === 'passed' || testCase.raw.status === 'skipped') {
          testCase.raw.status = status;
          testCase.raw.message = attributes.get('message');
          const type = attributes.get('type');
          if (type !== undefined && type !== '') testCase.raw.message ??= type;
          if (!selfClosing) this.startCapture('stack');
        }
        return;
      }
      case 'skipped':
        if (testCase.raw.status === 'passed') {
          testCase.raw.status = 'skipped';
          testCase.raw.message = attributes.get('message');
          if (!selfClosing) this.startCapture('skip');
        }
        return;
      case 'flakyFailure':
      case 'flakyError':
      case 'rerunFailure':
      case 'rerunError': {
        const status: TestStatus = name.endsWith('Failure') ? 'failed' : 'errored';
        (name.startsWith('flaky') ? testCase.flakyStatuses : testCase.rerunStatuses).push(status);
        testCase.retryMessage ??= attributes.get('message') ?? attributes.get('type');
        if (!selfClosing) testCase.retryDepth = 1;
        return;
      }
      // Output is kept for failures only; producers write it after the failure element, so by now
      // the status is known, and a passing test's output is skipped over without being decoded.
      case 'system-out':
        if (!selfClosing && isFailing(testCase)) this.startCapture('stdout');
        return;
      case 'system-err':
        if (!selfClosing && isFailing(testCase)) this.startCapture('stderr');
        return;
      default:
        return;
    }
  }

  closeTag(name: string): void {
    const testCase = this.testCase;
    if (testCase === undefined) {
      if (name === 'testsuite') this.suites.pop();
      return;
    }
    if (testCase.retryDepth > 0) {
      testCase.retryDepth -= 1;
      if (name === 'stackTrace') this.stopCapture();
      return;
    }
    if (name === 'testcase') {
      this.finishTestCase(testCase);
      return;
    }
    this.stopCapture();
  }

  text(text: string): void {
    const testCase = this.testCase;
    if (testCase === undefined || this.capture === undefined) return;
    switch (this.capture) {
      case 'stack':
        (testCase.stack ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(text);
        return;
      case 'stdout':
        (testCase.stdout ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(text);
        return;
      case 'stderr':
        (testCase.stderr ??= new TextExcerpt(REPORT_TEXT_CAPS.output * 2, true)).append(text);
        return;
      case 'skip':
        (testCase.skipBody ??= new TextExcerpt(REPORT_TEXT_CAPS.message * 2)).append(text);
        return;
      case 'retry-stack':
        (testCase.retryStack ??= new TextExcerpt(REPORT_TEXT_CAPS.stack * 2)).append(text);
        return;
    }
  }

  private startCapture(target: CaptureTarget): void {
    this.capture = target;
    this.tokenizer.captureText = true;
  }

  private stopCapture(): void {
    this.capture = undefined;
    this.tokenizer.captureText = false;
  }

  private startTestCase(attributes: ReadonlyMap<string, string>): void {
    const className = attributes.get('classname') || attributes.get('class') || '';
    const suiteChain = this.suites.map((suite) => suite.name).filter((name) => name !== '');
    const file = attributes.get('file') ?? attributes.get('filepath') ?? this.suites.findLast((suite) => suite.file !== undefined)?.file;
    const statusAttribute = (attributes.get('status') ?? attributes.get('result') ?? '').toLowerCase();
    const raw: RawTestCase = {
      suite: className !== '' ? className : suiteChain.join(' > '),
      name: attributes.get('name') ?? '',
      status: SKIPPED_STATUS_VALUES.has(statusAttribute) ? 'skipped' : 'passed',
    };
    if (file !== undefined) raw.file = file;
    const line = lineNumber(attributes.get('line') ?? attributes.get('lineno'));
    if (line !== undefined) raw.line = line;
    const durationMs = secondsToMilliseconds(attributes.get('time'));
    if (durationMs !== undefined) raw.durationMs = durationMs;
    this.testCase = { raw, flakyStatuses: [], rerunStatuses: [], retryDepth: 0 };
  }

  private finishTestCase(testCase: TestCaseState): void {
    this.testCase = undefined;
    this.stopCapture();
    const raw = testCase.raw;
    const body = testCase.stack?.text();
    if (body !== undefined) raw.stack = body;
    if (raw.status === 'skipped' && raw.message === undefined) raw.message = testCase.skipBody?.text();
    if (raw.status === 'passed' && testCase.flakyStatuses.length > 0) {
      // Surefire: the test passed on a rerun after these failures. Their message explains the flakiness.
      raw.retries = testCase.flakyStatuses;
      raw.message = testCase.retryMessage;
      const retryStack = testCase.retryStack?.text();
      if (retryStack !== undefined) raw.stack = retryStack;
    } else if ((raw.status === 'failed' || raw.status === 'errored') && testCase.rerunStatuses.length > 0) {
      const executions = [raw.status, ...testCase.rerunStatuses];
      raw.status = executions.at(-1)!;
      raw.retries = executions.slice(0, -1);
    }
    const typeOnly = raw.message !== undefined && /^[\w.\\$]+(Exception|Error)$/.test(raw.message) && raw.stack !== undefined;
    if ((raw.status === 'failed' || raw.status === 'errored') && (raw.message === undefined || GENERIC_MESSAGE.test(raw.message) || typeOnly)) {
      // No message, or only a word like go-junit-report's "Failed": the body says more. PHPUnit's
      // body starts with the test's own name, which is no message either.
      raw.message = firstLine(raw.stack, `::${raw.name}`) ?? raw.message;
    }
    if (raw.status === 'failed' || raw.status === 'errored' || raw.retries !== undefined) {
      const stdout = testCase.stdout?.text();
      if (stdout !== undefined) raw.stdout = stdout;
      const stderr = testCase.stderr?.text();
      if (stderr !== undefined) raw.stderr = stderr;
    }
    this.context.emit(finishTestCase(raw, this.context));
  }
}

function isFailing(testCase: TestCaseState): boolean {
  return testCase.raw.status === 'failed' || testCase.raw.status === 'errored' || testCase.flakyStatuses.length > 0 || testCase.rerunStatuses.length > 0;
}

const GENERIC_MESSAGE = /^\s*(failed|failure|error|errored|)\s*$/i;

function firstLine(text: string | undefined, skipContaining?: string): string | undefined {
  if (text === undefined) return undefined;
  for (const line of text.split('\n', 20)) {
    const trimmed = line.trim();
    if (trimmed === '' || (skipContaining !== undefined && trimmed.includes(skipContaining))) continue;
    if (/^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP):)/.test(trimmed)) continue; // Go's own progress lines
    return trimmed;
  }
  return undefined;
}
