import { finishTestCase, secondsToMilliseconds, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { REPORT_TEXT_CAPS } from './report-text.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';

type Capture = 'message' | 'stack' | 'output' | 'reason';

interface CaseState {
  raw: RawTestCase;
  texts: Partial<Record<Capture, TextExcerpt>>;
  /** Element names open inside the test case, to tell `failure > message` from `reason > message`. */
  path: string[];
}

const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);

function nunitStatus(result: string, label: string): TestStatus {
  switch (result.toLowerCase()) {
    case 'passed':
    case 'warning':
      return 'passed';
    case 'failed':
      return ERROR_LABELS.has(label.toLowerCase()) ? 'errored' : 'failed';
    default:
      return 'skipped'; // Skipped, Inconclusive (and Ignored/Explicit labels)
  }
}

/**
 * NUnit 3 result XML (`TestResult.xml`): `test-run` > nested `test-suite` > `test-case` with
 * `result`/`label` (Failed with label Error, Cancelled or Invalid is an error), `failure` >
 * `message`/`stack-trace`, `reason` > `message`, `output`. Suite is the test's `classname`.
 */
export class Nunit3Parser implements ReportParser, XmlHandler {
  readonly format = 'nunit3' as const;
  private readonly tokenizer = new XmlTokenizer(this);
  private testCase: CaseState | undefined;
  private capture: Capture | undefined;

  constructor(private readonly context: ReportParserContext) {}

  write(chunk: string): void {
    this.tokenizer.write(chunk);
  }

  end(): void {
    this.tokenizer.end();
  }

  openTag(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void {
    const testCase = this.testCase;
    if (testCase === undefined) {
      if (name !== 'test-case') return;
      const raw: RawTestCase = {
        suite: attributes.get('classname') ?? '',
        name: attributes.get('name') ?? attributes.get('fullname') ?? '',
        status: nunitStatus(attributes.get('result') ?? '', attributes.get('label') ?? ''),
      };
      const durationMs = secondsToMilliseconds(attributes.get('duration'));
      if (durationMs !== undefined) raw.durationMs = durationMs;
      if (selfClosing) this.context.emit(finishTestCase(raw, this.context));
      else this.testCase = { raw, texts: {}, path: [] };
      return;
    }
    if (selfClosing) return;
    testCase.path.push(name);
    const parent = testCase.path.at(-2);
    let target: Capture | undefined;
    if (name === 'message') target = parent === 'reason' ? 'reason' : parent === 'failure' ? 'message' : undefined;
    else if (name === 'stack-trace' && parent === 'failure') target = 'stack';
    else if (name === 'output' && parent === undefined) target = 'output';
    if (target !== undefined) {
      this.capture = target;
      this.tokenizer.captureText = true;
    }
  }

  closeTag(name: string): void {
    const testCase = this.testCase;
    if (testCase === undefined) return;
    if (name === 'test-case' && testCase.path.length === 0) {
      this.testCase = undefined;
      this.capture = undefined;
      this.tokenizer.captureText = false;
      const raw = testCase.raw;
      const failing = raw.status === 'failed' || raw.status === 'errored';
      const message = (failing ? testCase.texts.message : testCase.texts.reason)?.text() ?? testCase.texts.message?.text();
      if (message !== undefined) raw.message = message;
      const stack = testCase.texts.stack?.text();
      if (stack !== undefined) raw.stack = stack;
      const output = testCase.texts.output?.text();
      if (output !== undefined && failing) raw.stdout = output;
      this.context.emit(finishTestCase(raw, this.context));
      return;
    }
    testCase.path.pop();
    this.capture = undefined;
    this.tokenizer.captureText = false;
  }

  text(text: string): void {
    const testCase = this.testCase;
    if (testCase === undefined || this.capture === undefined) return;
    const cap = this.capture === 'stack' ? REPORT_TEXT_CAPS.stack * 2 : this.capture === 'output' ? REPORT_TEXT_CAPS.output * 2 : REPORT_TEXT_CAPS.message * 2;
    (testCase.texts[this.capture] ??= new TextExcerpt(cap, this.capture === 'output')).append(text);
  }
}
