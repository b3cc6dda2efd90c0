/**
 * A glob, argv pattern or host pattern that cannot be compiled. Config loading turns it into an
 * `InputError` naming the file and key; anywhere else it is a programming error.
 */
export class PatternSyntaxError extends Error {
  /** The pattern as written. */
  readonly pattern: string;

  constructor(pattern: string, problem: string) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${problem}`);
    this.name = 'PatternSyntaxError';
    this.pattern = pattern;
  }
}
