import path from 'node:path';
import { readReports, type ReadReportsResult } from '../adapters/reports/read-reports.js';
import { InputError, errorMessage } from '../core/errors.js';
import type { TestOutcome } from '../core/reports/test-report.js';
import type { CommandOutput } from './journal-command.js';

/** Exit codes of `drydock triage`: 0 every report read, 2 a report unreadable, malformed or missing, 64 usage. */
export const TRIAGE_EXIT_CODES = { ok: 0, unreadable: 2, usage: 64 } as const;

/** What `drydock triage` was given. */
export interface TriageCommandOptions {
  /** Report globs (`--report`, repeatable), relative to `root` or absolute inside it. */
  reports: readonly string[];
  /** Directory the globs are relative to and that no report may leave (default: the current directory). */
  root?: string;
  /** Print the normalized JSON instead of a text summary. */
  json: boolean;
}

/** The JSON printed by `drydock triage --json`: absent values are `null`, so every key is always there. */
export interface TriageJson {
  totals: { tests: number; passed: number; failed: number; errored: number; skipped: number; flaky: number };
  failures: Array<{
    id: string;
    suite: string;
    name: string;
    file: string | null;
    line: number | null;
    /** `failed` or `errored`, or `flaky` for a test that both failed and passed. */
    status: 'failed' | 'errored' | 'flaky';
    message: string | null;
    signature: string;
  }>;
  files: Array<{ path: string; format: string; tests: number; error: string | null }>;
}

function failureStatus(outcome: TestOutcome): 'failed' | 'errored' | 'flaky' {
  if (outcome.flaky) return 'flaky';
  return outcome.status === 'errored' ? 'errored' : 'failed';
}

/** The result in the documented JSON shape. */
export function triageJson(result: ReadReportsResult): TriageJson {
  const { tests, passed, failed, errored, skipped, flaky } = result.totals;
  return {
    totals: { tests, passed, failed, errored, skipped, flaky },
    failures: result.failures.map((outcome) => ({
      id: outcome.id,
      suite: outcome.suite,
      name: outcome.name,
      file: outcome.file ?? null,
      line: outcome.line ?? null,
      status: failureStatus(outcome),
      message: outcome.message ?? null,
      signature: outcome.signature ?? '',
    })),
    files: result.files.map((file) => ({ path: file.path, format: file.format, tests: file.tests, error: file.error ?? null })),
  };
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line.trim();
}

/** A readable summary: totals, each failure with its place and first message line, each file. */
export function triageText(result: ReadReportsResult): string {
  const { tests, passed, failed, errored, skipped, flaky } = result.totals;
  const lines = [`Tests: ${tests} (${passed} passed, ${failed} failed, ${errored} errored, ${skipped} skipped, ${flaky} flaky) from ${result.files.length} report file(s)`];
  if (result.failures.length > 0) lines.push('', 'Failures:');
  for (const outcome of result.failures) {
    const place = outcome.file === undefined ? '' : `  (${outcome.file}${outcome.line === undefined ? '' : `:${outcome.line}`})`;
    const title = outcome.suite === '' ? outcome.name : `${outcome.suite} › ${outcome.name}`;
    lines.push(`  ${failureStatus(outcome).toUpperCase().padEnd(7)} ${title}${place}`);
    const message = firstLine(outcome.message);
    if (message !== '') lines.push(`          ${message}`);
  }
  if (result.failuresOmitted > 0) lines.push(`  … and ${result.failuresOmitted} more failing test(s) counted but not listed`);
  lines.push('', 'Files:');
  for (const file of result.files) {
    lines.push(`  ${file.path}  ${file.format}  ${file.tests} test case(s)${file.error === undefined ? '' : `  ERROR: ${file.error}`}`);
  }
  if (result.files.length === 0) lines.push('  (no report file matched)');
  return `${lines.join('\n')}\n`;
}

/** A `--report` value as a glob relative to the root; an absolute one must lie inside the root. */
function relativePattern(pattern: string, root: string): string {
  if (!path.isAbsolute(pattern)) return pattern;
  const relative = path.relative(root, pattern);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new InputError(`--report '${pattern}' is outside the root '${root}'; pass --root or a relative pattern`, { where: pattern });
  }
  return relative.split(path.sep).join('/');
}

/** Runs `drydock triage`: reads the reports and prints the normalized result, without any model. */
export async function triageCommand(options: TriageCommandOptions): Promise<CommandOutput> {
  const root = path.resolve(options.root ?? '.');
  let patterns: string[];
  try {
    patterns = options.reports.map((pattern) => relativePattern(pattern, root));
  } catch (error) {
    return { exitCode: TRIAGE_EXIT_CODES.usage, stdout: '', stderr: `drydock triage: ${errorMessage(error)}\n` };
  }
  let result: ReadReportsResult;
  try {
    result = await readReports({ root, patterns });
  } catch (error) {
    if (!InputError.isInstance(error)) throw error;
    const code = /invalid pattern/.test(errorMessage(error)) ? TRIAGE_EXIT_CODES.usage : TRIAGE_EXIT_CODES.unreadable;
    return { exitCode: code, stdout: '', stderr: `drydock triage: ${errorMessage(error)}\n` };
  }
  const notes = [
    ...result.unmatchedPatterns.map((pattern) => `drydock triage: no report file matches '${pattern}' under ${root}\n`),
    ...result.files.filter((file) => file.error !== undefined).map((file) => `drydock triage: ${file.path}: ${file.error}\n`),
  ];
  const stdout = options.json ? `${JSON.stringify(triageJson(result))}\n` : triageText(result);
  const unreadable = result.files.length === 0 || result.unmatchedPatterns.length > 0 || result.files.some((file) => file.error !== undefined);
  return { exitCode: unreadable ? TRIAGE_EXIT_CODES.unreadable : TRIAGE_EXIT_CODES.ok, stdout, stderr: notes.join('') };
}
