import { DartJsonParser } from './dart-json-parser.js';
import { GoTestJsonParser } from './go-test-json-parser.js';
import { DEFAULT_MAX_DOCUMENT_LENGTH, JsonDocumentParser } from './json-document-parser.js';
import { JunitXmlParser } from './junit-xml-parser.js';
import { Nunit3Parser } from './nunit3-parser.js';
import { TapParser } from './tap-parser.js';
import { TrxParser } from './trx-parser.js';
import { DETECTION_HEAD_LENGTH, detectReportFormat } from './report-format-detection.js';
import type { ReportParser, ReportParserContext } from './report-parser.js';
import { ReportSyntaxError } from './report-syntax-error.js';
import type { ReportFormat, TestCaseResult } from './test-report.js';

/** Options for `parseReport`. */
export interface ParseReportOptions {
  /** Called once per test case execution, in report order. */
  emit(result: TestCaseResult): void;
  /** Absolute path of the repository root; file paths below it are made relative. */
  sourceRoot?: string;
  /** Single-document JSON formats (Jest, Mocha, RSpec) are parsed whole: the most characters read (default 64 MiB). */
  maxDocumentLength?: number;
}

/** What parsing one report found. */
export interface ParsedReport {
  format: ReportFormat | 'unknown';
  /** Test case executions emitted (they count even when `error` is set). */
  tests: number;
  /** Malformed, truncated or unrecognized: what and where. */
  error?: string;
}

const KNOWN_FORMATS = 'JUnit XML, TAP, go test -json, Jest/Vitest JSON, Mocha JSON, .NET TRX, NUnit 3, RSpec JSON or Dart JSON';

/** A parser for a detected format. */
export function createReportParser(format: ReportFormat, context: ReportParserContext, maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH): ReportParser {
  switch (format) {
    case 'junit-xml':
      return new JunitXmlParser(context);
    case 'trx':
      return new TrxParser(context);
    case 'nunit3':
      return new Nunit3Parser(context);
    case 'tap':
      return new TapParser(context);
    case 'go-test-json':
      return new GoTestJsonParser(context);
    case 'dart-json':
      return new DartJsonParser(context);
    case 'jest-json':
    case 'mocha-json':
    case 'rspec-json':
      return new JsonDocumentParser(format, context, maxDocumentLength);
  }
}

/** Text from bytes or strings, decoding UTF-8 or (with a byte-order mark) UTF-16, a piece at a time. */
async function* decodedText(source: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  for await (const piece of source) {
    if (typeof piece === 'string') {
      yield piece;
      continue;
    }
    if (decoder === undefined) {
      const encoding = piece[0] === 0xff && piece[1] === 0xfe ? 'utf-16le' : piece[0] === 0xfe && piece[1] === 0xff ? 'utf-16be' : 'utf-8';
      decoder = new TextDecoder(encoding);
    }
    const text = decoder.decode(piece, { stream: true });
    if (text.length > 0) yield text;
  }
  if (decoder !== undefined) {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  }
}

/**
 * Parses one report from a stream of pieces (strings or bytes), never holding the whole report:
 * detects the format from the first characters, then streams the rest through that format's
 * parser. A malformed or truncated report stops with `error` naming the position; the test cases
 * emitted before that point still count.
 */
export async function parseReport(source: AsyncIterable<string | Uint8Array>, options: ParseReportOptions): Promise<ParsedReport> {
  let tests = 0;
  const context: ReportParserContext = {
    emit: (result) => {
      tests += 1;
      options.emit(result);
    },
    ...(options.sourceRoot === undefined ? {} : { sourceRoot: options.sourceRoot }),
  };
  const pieces = decodedText(source)[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  while (head.length < DETECTION_HEAD_LENGTH) {
    const next = await pieces.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head += next.value;
  }
  if (head.startsWith('\ufeff')) head = head.slice(1);
  if (head.trim() === '') return { format: 'unknown', tests: 0, error: 'the file is empty' };
  const format = detectReportFormat(head);
  if (format === undefined) return { format: 'unknown', tests: 0, error: `not a recognized report format (expected ${KNOWN_FORMATS})` };
  const parser = createReportParser(format, context, options.maxDocumentLength);
  try {
    parser.write(head);
    head = '';
    while (!done) {
      const next = await pieces.next();
      if (next.done === true) break;
      parser.write(next.value);
    }
    parser.end();
  } catch (error) {
    if (!ReportSyntaxError.isReportSyntaxError(error)) throw error;
    await pieces.return?.(undefined);
    return { format, tests, error: error.message };
  }
  return { format, tests };
}
