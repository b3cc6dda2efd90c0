import { InputError } from '../errors.js';

/** Where in a report a problem was found: 1-based line and column, and the 0-based character offset. */
export interface ReportPosition {
  line: number;
  column: number;
  offset: number;
}

/** A report that is malformed or truncated, with the position where reading stopped. */
export class ReportSyntaxError extends InputError {
  readonly position: ReportPosition;

  constructor(message: string, position: ReportPosition) {
    super(`line ${position.line}, column ${position.column}: ${message}`, { where: `${position.line}:${position.column}` });
    this.position = position;
  }

  static isReportSyntaxError(value: unknown): value is ReportSyntaxError {
    return InputError.isInstance(value) && typeof (value as { position?: unknown }).position === 'object';
  }
}

/**
 * Counts lines over text that streams past, so a parser can name a position without keeping the
 * text: `advance` is called with each piece of text as it is discarded.
 */
export class PositionCounter {
  private line = 1;
  private column = 1;
  private offset = 0;

  advance(text: string): void {
    this.offset += text.length;
    let newline = text.indexOf('\n');
    if (newline === -1) {
      this.column += text.length;
      return;
    }
    let last = newline;
    while (newline !== -1) {
      this.line += 1;
      last = newline;
      newline = text.indexOf('\n', newline + 1);
    }
    this.column = text.length - last;
  }

  /** The position `length` characters into `pending` text that starts at the current position. */
  at(pending: string, length: number): ReportPosition {
    const probe = new PositionCounter();
    probe.line = this.line;
    probe.column = this.column;
    probe.offset = this.offset;
    probe.advance(pending.slice(0, Math.max(0, length)));
    return { line: probe.line, column: probe.column, offset: probe.offset };
  }
}
