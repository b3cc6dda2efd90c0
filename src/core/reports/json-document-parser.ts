import { jestJsonTestCases, mochaJsonTestCases, rspecJsonTestCases } from './json-document-reports.js';
import { finishTestCase, type RawTestCase, type ReportParser, type ReportParserContext } from './report-parser.js';
import { ReportSyntaxError, type ReportPosition } from './report-syntax-error.js';

/** Default bound on a single-document JSON report: 64 Mi characters. */
export const DEFAULT_MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;

type DocumentFormat = 'jest-json' | 'mocha-json' | 'rspec-json';

const MAPPERS: Readonly<Record<DocumentFormat, (document: unknown) => Iterable<RawTestCase>>> = {
  'jest-json': jestJsonTestCases,
  'mocha-json': mochaJsonTestCases,
  'rspec-json': rspecJsonTestCases,
};

/** The line and column of character `offset` in `text`. */
function positionIn(text: string, offset: number): ReportPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Jest/Vitest, Mocha and RSpec write one JSON document that only means something whole, so these
 * reports are collected (up to `maxDocumentLength` characters, 64 Mi by default) and parsed at
 * the end. A larger report is refused with that limit named; a malformed one names the position
 * the JSON parser gave.
 */
export class JsonDocumentParser implements ReportParser {
  private readonly pieces: string[] = [];
  private length = 0;

  constructor(
    readonly format: DocumentFormat,
    private readonly context: ReportParserContext,
    private readonly maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH,
  ) {}

  write(chunk: string): void {
    this.length += chunk.length;
    if (this.length > this.maxDocumentLength) {
      throw new ReportSyntaxError(
        `a single-document JSON report is read whole and may be at most ${this.maxDocumentLength} characters; this one is longer`,
        { line: 1, column: 1, offset: this.maxDocumentLength },
      );
    }
    this.pieces.push(chunk);
  }

  end(): void {
    const text = this.pieces.join('');
    this.pieces.length = 0;
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(message);
      const offset = at === null ? text.length : Number(at[1]);
      // An error at the very end of the text means the document stopped early.
      const truncated = (at === null && /end of (JSON )?input|Unterminated/i.test(message)) || offset >= text.trimEnd().length - 1;
      throw new ReportSyntaxError(`${truncated ? 'truncated JSON' : 'malformed JSON'}: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`, positionIn(text, offset));
    }
    for (const raw of MAPPERS[this.format](document)) this.context.emit(finishTestCase(raw, this.context));
  }
}
