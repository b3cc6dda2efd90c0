import type { Journal } from '../core/journal/journal.js';
import type { Policy } from '../core/policy/policy.js';
import type { CommandRunner } from '../core/ports/command-runner.js';
import type { TestOutcome } from '../core/reports/test-report.js';
import { expandRerunArgv } from '../core/triage/rerun-template.js';
import type { RerunAttempt } from '../core/triage/triage-types.js';

/** What re-running one failed test needs. */
export interface RerunOptions {
  /** Runs the commands (confined to the workspace, secrets scrubbed from their environment). */
  commands: CommandRunner;
  /** Decides whether the identity may run each command; every decision is journaled by the policy's recorder. */
  policy: Policy;
  /** The identity the commands run as (`triager`). */
  identity: string;
  /** Where each run is recorded (`test-rerun`). */
  journal: Pick<Journal, 'append'>;
  /** The argv template. */
  template: readonly string[];
  /** Runs per test. */
  times: number;
  /** Milliseconds before one run is killed. */
  timeoutMs: number;
  /** Working directory relative to the workspace; default its root. */
  cwd?: string;
}

/** Re-runs of one test, or why there were none. */
export interface RerunOutcome {
  attempts: RerunAttempt[];
  skipped?: string;
}

/** Bytes of each output stream kept per re-run: only the exit status matters here. */
const RERUN_OUTPUT_BYTES = 64 * 1024;

/**
 * Re-runs one failed test `times` times with the template filled for it. The argv is checked
 * against the identity's command policy before the first run (a denial is journaled and ends
 * it); exit code 0 counts as passed. Runs stop early once the test has both passed and failed,
 * since that already shows it is flaky.
 */
export async function rerunTest(test: Pick<TestOutcome, 'id' | 'suite' | 'name' | 'file'>, options: RerunOptions): Promise<RerunOutcome> {
  const expanded = expandRerunArgv(options.template, test);
  if (!expanded.ok) {
    options.journal.append('decision', { decision: 'rerun-skipped', test: test.id, reason: expanded.reason });
    return { attempts: [], skipped: `not re-run: ${expanded.reason}` };
  }
  const decision = options.policy.evaluate(options.identity, { type: 'command', argv: expanded.argv });
  if (decision.decision !== 'allow') {
    return { attempts: [], skipped: `not re-run: the ${options.identity} may not run ${JSON.stringify(expanded.argv)} (${decision.reason})` };
  }
  const attempts: RerunAttempt[] = [];
  for (let run = 1; run <= options.times; run += 1) {
    const result = await options.commands.run({
      argv: expanded.argv,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      timeoutMs: options.timeoutMs,
      maxOutputBytes: RERUN_OUTPUT_BYTES,
    });
    const status: RerunAttempt['status'] = result.timedOut ? 'timed-out' : result.exitCode === 0 ? 'passed' : 'failed';
    attempts.push({ status, exitCode: result.exitCode, durationMs: result.durationMs });
    options.journal.append('test-rerun', { test: test.id, run, argv: expanded.argv, ...(options.cwd === undefined ? {} : { cwd: options.cwd }), exitCode: result.exitCode, status, durationMs: result.durationMs });
    const passed = attempts.some((attempt) => attempt.status === 'passed');
    if (passed && attempts.some((attempt) => attempt.status !== 'passed')) break;
    if (passed) break;
  }
  return { attempts };
}
