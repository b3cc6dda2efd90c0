/** Where an annotation points. */
export interface AnnotationLocation {
  /** Path relative to the repository root. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based last line. */
  endLine?: number;
  /** 1-based column. */
  column?: number;
  /** Short title shown above the message. */
  title?: string;
}

/**
 * The job's I/O: inputs, outputs, step summary, annotations, logs. Inside Actions this is
 * `@actions/core`; the local pipeline and tests provide their own.
 */
export interface StageIo {
  /** The raw input value, `''` when not set. Read once, through `parseInputs`. */
  getInput(name: string): string;
  /** Sets a job output. */
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the step summary. */
  appendSummary(markdown: string): Promise<void>;
  /** A file/line annotation (or a plain one without location). */
  annotate(level: 'error' | 'warning' | 'notice', message: string, location?: AnnotationLocation): void;
  /** Masks a value in all later log output. */
  registerSecret(value: string): void;
  info(message: string): void;
  debug(message: string): void;
  /** Marks the step failed with a message (an `::error::` line in Actions). */
  fail(message: string): void;
}
