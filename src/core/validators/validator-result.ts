import { wrapUntrusted } from '../agent/untrusted.js';
import type { ValidatorKind } from '../config/config-types.js';
import { parseFailures, type ParsedFailure } from './output-failures.js';

/** Characters of output kept per validator for the agent, the journal and the pull request. */
export const EXCERPT_CHARACTERS = 4000;

/** How one validator command ended. */
export interface ValidatorResult {
  /** Its name (`test`, `test (related)`, `acceptance t1#1`). */
  name: string;
  /** Where it came from. */
  source: 'validator' | 'related' | 'acceptance';
  /** What it checks. */
  kind: ValidatorKind;
  /** What ran. */
  argv: readonly string[];
  /** `passed`, `failed`, `timed-out`, `missing` (the program does not exist), `denied` (policy), `skipped`. */
  status: 'passed' | 'failed' | 'timed-out' | 'missing' | 'denied' | 'skipped';
  /** Exit code; null when killed or never run. */
  exitCode: number | null;
  /** Wall time in milliseconds. */
  durationMs: number;
  /** Failures parsed from the output. */
  failures: ParsedFailure[];
  /** The end of the output (stderr, then stdout), capped: failures are reported last. */
  excerpt: string;
  /** Why it did not run or why it counts as failed, in a sentence. */
  reason?: string;
}

/** What a command produced, as far as judging needs. */
export interface CommandOutcome {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Exit code a shell (and the command runner) reports for a program that does not exist. */
const NOT_FOUND = 127;

/** Judges a finished command: only the exit status decides; the output only explains. */
export function judgeCommand(
  command: { name: string; source: ValidatorResult['source']; kind: ValidatorKind; argv: readonly string[]; timeoutMs: number },
  outcome: CommandOutcome,
): ValidatorResult {
  const output = [outcome.stdout, outcome.stderr].filter((text) => text.trim() !== '').join('\n');
  const base = {
    name: command.name,
    source: command.source,
    kind: command.kind,
    argv: [...command.argv],
    exitCode: outcome.exitCode,
    durationMs: outcome.durationMs,
    failures: parseFailures(output),
    excerpt: tail(output, EXCERPT_CHARACTERS),
  };
  if (outcome.timedOut) {
    return { ...base, status: 'timed-out', reason: `${command.name} did not finish within ${Math.round(command.timeoutMs / 1000)} s; its process tree was killed.` };
  }
  if (outcome.exitCode === NOT_FOUND && /not found|ENOENT|No such file/i.test(outcome.stderr)) {
    return { ...base, status: 'missing', reason: `The program '${command.argv[0]}' of ${command.name} was not found (exit 127); install it or fix the validator's argv.` };
  }
  if (outcome.exitCode === 0) return { ...base, status: 'passed' };
  return { ...base, status: 'failed', reason: outcome.exitCode === null ? `${command.name} was killed by a signal.` : `${command.name} exited with ${outcome.exitCode}.` };
}

/** Whether every result passed (skipped ones do not count against it). */
export function allPassed(results: readonly ValidatorResult[]): boolean {
  return results.length > 0 && results.every((result) => result.status === 'passed' || result.status === 'skipped');
}

/**
 * The validators' verdict as the agent's next message: each failing command with its exit code,
 * the failures parsed from its output and the output's end, wrapped as untrusted (it is text a
 * test or a tool printed, which the changed code controls).
 */
export function renderValidatorSignals(results: readonly ValidatorResult[], attempt: number): string {
  const failing = results.filter((result) => result.status !== 'passed' && result.status !== 'skipped');
  const lines = [
    `The validators judged attempt ${attempt}: ${failing.length} of ${results.length} command(s) failed. ` +
      'Only these commands decide whether the task is done; calling finish does not. Fix the code so they pass.',
  ];
  for (const result of failing) {
    lines.push('', `## ${result.name}: ${result.status}${result.exitCode === null ? '' : ` (exit ${result.exitCode})`}`, `Command: ${JSON.stringify(result.argv)}`);
    if (result.reason !== undefined) lines.push(result.reason);
    if (result.failures.length > 0) {
      lines.push('Failures found in the output:');
      for (const failure of result.failures.slice(0, 20)) {
        const where = failure.file === undefined ? '' : ` at ${failure.file}${failure.line === undefined ? '' : `:${failure.line}`}`;
        lines.push(`- ${wrapUntrusted(`${failure.name}${where}${failure.message === undefined ? '' : ` — ${failure.message}`}`, { source: `${failure.tool} output` }).replace(/\n/g, ' ')}`);
      }
    }
    if (result.excerpt !== '') {
      lines.push('End of its output:', wrapUntrusted(result.excerpt, { source: `command ${result.argv.join(' ')} (exit ${result.exitCode ?? 'none'})` }));
    }
  }
  return lines.join('\n');
}

function tail(text: string, maximum: number): string {
  return text.length <= maximum ? text : `…${text.slice(text.length - maximum + 1)}`;
}
