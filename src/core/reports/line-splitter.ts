import { ReportSyntaxError, type ReportPosition } from './report-syntax-error.js';

/** Longest line handed on whole (1 MiB); the rest of a longer line is dropped and the line flagged. */
export const MAX_LINE_LENGTH = 1024 * 1024;

/** Receives one line (without its line break), its 1-based number and whether it was cut. */
export type LineHandler = (line: string, lineNumber: number, cut: boolean) => void;

/**
 * Splits streamed text into lines (`\n` or `\r\n`) without holding more than one line, and that
 * at most `maxLineLength` characters.
 */
export class LineSplitter {
  private partial = '';
  private cut = false;
  private lineNumber = 0;

  constructor(
    private readonly onLine: LineHandler,
    private readonly maxLineLength = MAX_LINE_LENGTH,
  ) {}

  /** Number of the last line handed on. */
  get currentLine(): number {
    return this.lineNumber;
  }

  write(chunk: string): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) break;
      this.append(chunk.slice(start, newline));
      this.flush();
      start = newline + 1;
    }
    if (start < chunk.length) this.append(chunk.slice(start));
  }

  end(): void {
    if (this.partial.length > 0 || this.cut) this.flush();
  }

  /** A syntax error at the start of line `lineNumber`. */
  static errorAt(message: string, lineNumber: number, column = 1): ReportSyntaxError {
    const position: ReportPosition = { line: lineNumber, column, offset: -1 };
    return new ReportSyntaxError(message, position);
  }

  private append(text: string): void {
    const room = this.maxLineLength - this.partial.length;
    if (text.length > room) {
      this.partial += text.slice(0, room);
      this.cut = true;
    } else {
      this.partial += text;
    }
  }

  private flush(): void {
    this.lineNumber += 1;
    const line = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
    const cut = this.cut;
    this.partial = '';
    this.cut = false;
    this.onLine(line, this.lineNumber, cut);
  }
}
