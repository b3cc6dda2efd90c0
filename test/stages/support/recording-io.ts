import type { StageIo } from '../../../src/core/ports/stage-io.js';

/** A StageIo that records what a stage did, for in-process tests of the stage runner. */
export class RecordingIo implements StageIo {
  inputs: Record<string, string> = {};
  outputs: Record<string, string> = {};
  summary = '';
  failures: string[] = [];
  annotations: string[] = [];
  secrets: string[] = [];
  getInput(name: string): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
  annotate(level: string, message: string): void {
    this.annotations.push(`${level}: ${message}`);
  }
  registerSecret(value: string): void {
    this.secrets.push(value);
  }
  info(): void {}
  debug(): void {}
  fail(message: string): void {
    this.failures.push(message);
  }
}
