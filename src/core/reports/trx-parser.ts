import { finishTestCase, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { REPORT_TEXT_CAPS } from './report-text.js';
import type { TestStatus } from './test-report.js';
import { TextExcerpt } from './text-excerpt.js';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';

type Capture = 'message' | 'stack' | 'stdout' | 'stderr';

interface ResultState {
  raw: RawTestCase;
  testId: string;
  texts: Partial<Record<Capture, TextExcerpt>>;
  hasInnerResults: boolean;
  /** The outcome as written (`Timeout`, `NotExecuted`), for a message when there is none. */
  outcome: string;
}

/**
 * Results wait for the class names in `TestDefinitions`, which vstest writes after `Results`; at
 * most this many wait, the rest are emitted without a class name so memory stays bounded.
 */
const MAX_WAITING_RESULTS = 50_000;
const MAX_DEFINITIONS = 1_000_000;

const OUTCOMES: Readonly<Record<string, TestStatus>> = {
  passed: 'passed',
  passedbutrunaborted: 'passed',
  warning: 'passed',
  failed: 'failed',
  error: 'errored',
  timeout: 'errored',
  aborted: 'errored',
  disconnected: 'errored',
};

/** `hh:mm:ss.fffffff` to milliseconds. */
function trxDuration(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (match === null) return undefined;
  return Math.round((Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])) * 1_000_000) / 1000;
}

/**
 * Visual Studio / vstest TRX: `UnitTestResult` (`outcome` Passed, Failed, Error, Timeout,
 * NotExecuted, Inconclusive…) with `Output` > `StdOut`/`StdErr`/`ErrorInfo` > `Message`/
 * `StackTrace`; data-driven rows in `InnerResults` count, their parent does not. The suite is the
 * class from `TestDefinitions` > `UnitTest` > `TestMethod className`.
 */
export class TrxParser implements ReportParser, XmlHandler {
  readonly format = 'trx' as const;
  private readonly tokenizer = new XmlTokenizer(this);
  private readonly results: ResultState[] = [];
  private readonly waiting: ResultState[] = [];
  private readonly classNames = new Map<string, string>();
  private definitionId: string | undefined;
  private capture: Capture | undefined;

  constructor(private readonly context: ReportParserContext) {}

  write(chunk: string): void {
    this.tokenizer.write(chunk);
  }

  end(): void {
    try {
      this.tokenizer.end();
    } finally {
      this.flushWaiting();
    }
  }

  openTag(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void {
    switch (name) {
      case 'UnitTestResult': {
        const parent = this.results.at(-1);
        if (parent !== undefined) parent.hasInnerResults = true;
        const outcome = (attributes.get('outcome') ?? '').toLowerCase();
        const raw: RawTestCase = { suite: '', name: attributes.get('testName') ?? '', status: OUTCOMES[outcome] ?? 'skipped' };
        const durationMs = trxDuration(attributes.get('duration'));
        if (durationMs !== undefined) raw.durationMs = durationMs;
        const state: ResultState = { raw, testId: attributes.get('testId') ?? '', texts: {}, hasInnerResults: false, outcome: attributes.get('outcome') ?? '' };
        if (selfClosing) this.finishResult(state);
        else this.results.push(state);
        return;
      }
      case 'UnitTest':
        this.definitionId = attributes.get('id');
        return;
      case 'TestMethod': {
        const className = attributes.get('className');
        if (this.definitionId !== undefined && className !== undefined && this.classNames.size < MAX_DEFINITIONS) {
          this.classNames.set(this.definitionId, className.replace(/,.*$/, ''));
        }
        return;
      }
      case 'Message':
      case 'StackTrace':
      case 'StdOut':
      case 'StdErr':
        if (this.results.length > 0 && !selfClosing) {
          this.capture = name === 'Message' ? 'message' : name === 'StackTrace' ? 'stack' : name === 'StdOut' ? 'stdout' : 'stderr';
          this.tokenizer.captureText = true;
        }
        return;
      default:
        return;
    }
  }

  closeTag(name: string): void {
    if (name === 'UnitTestResult') {
      const state = this.results.pop();
      if (state !== undefined) this.finishResult(state);
    } else if (name === 'TestDefinitions') {
      this.flushWaiting();
    }
    this.capture = undefined;
    this.tokenizer.captureText = false;
  }

  text(text: string): void {
    const state = this.results.at(-1);
    if (state === undefined || this.capture === undefined) return;
    const cap = this.capture === 'stack' ? REPORT_TEXT_CAPS.stack * 2 : this.capture === 'message' ? REPORT_TEXT_CAPS.message * 2 : REPORT_TEXT_CAPS.output * 2;
    (state.texts[this.capture] ??= new TextExcerpt(cap, this.capture === 'stdout' || this.capture === 'stderr')).append(text);
  }

  private finishResult(state: ResultState): void {
    // A data-driven parent: its rows were counted.
    if (state.hasInnerResults) return;
    const raw = state.raw;
    for (const field of ['message', 'stack', 'stdout', 'stderr'] as const) {
      const value = state.texts[field]?.text();
      if (value !== undefined) raw[field] = value;
    }
    state.texts = {};
    if (raw.message === undefined && raw.status !== 'passed') raw.message = `outcome: ${state.outcome}`;
    if (this.classNames.has(state.testId) || this.waiting.length >= MAX_WAITING_RESULTS) {
      this.emit(state);
      return;
    }
    this.waiting.push(state);
  }

  private flushWaiting(): void {
    for (const state of this.waiting) this.emit(state);
    this.waiting.length = 0;
  }

  private emit(state: ResultState): void {
    state.raw.suite = this.classNames.get(state.testId) ?? '';
    this.context.emit(finishTestCase(state.raw, this.context));
  }
}
