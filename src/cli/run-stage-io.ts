import type { AnnotationLocation, StageIo } from '../core/ports/stage-io.js';

/**
 * The job I/O of a stage run by `drydock run`: inputs from the pipeline, outputs and the summary
 * kept for the next stage and the display, log lines passed to the progress display.
 */
export class PipelineStageIo implements StageIo {
  /** Outputs the stage set. */
  readonly outputs: Record<string, string> = {};
  /** Failure messages (`io.fail`). */
  readonly failures: string[] = [];
  /** The stage's step summary (Markdown). */
  summary = '';
  readonly #inputs: Readonly<Record<string, string>>;
  readonly #log: (line: string) => void;
  readonly #secrets: string[] = [];

  /**
   * @param inputs Input values by name; unset inputs read as `''`, as on a runner.
   * @param log Receives each log line, secrets already masked.
   */
  constructor(inputs: Readonly<Record<string, string>>, log: (line: string) => void) {
    this.#inputs = inputs;
    this.#log = log;
  }

  getInput(name: string): string {
    return this.#inputs[name] ?? '';
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }

  annotate(level: 'error' | 'warning' | 'notice', message: string, location?: AnnotationLocation): void {
    const where = location?.file === undefined ? '' : `${location.file}${location.line === undefined ? '' : `:${location.line}`}: `;
    this.#log(`${level}: ${where}${this.#mask(message)}`);
  }

  registerSecret(value: string): void {
    if (value !== '') this.#secrets.push(value);
  }

  info(message: string): void {
    this.#log(this.#mask(message));
  }

  debug(): void {
    // Debug lines stay out of the display; the journal has the detail.
  }

  fail(message: string): void {
    const masked = this.#mask(message);
    this.failures.push(masked);
    this.#log(`error: ${masked}`);
  }

  #mask(text: string): string {
    let masked = text;
    for (const secret of this.#secrets) masked = masked.split(secret).join('***');
    return masked;
  }
}
