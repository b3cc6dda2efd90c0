import { tmpdir } from 'node:os';
import { createCommandRunner } from '../../adapters/command-runner.js';
import { rerunTest } from '../../adapters/triage-rerun.js';
import { createScratchCopy } from '../../adapters/triage-scratch-copy.js';
import { createFileWorkspace } from '../../adapters/workspace-fs.js';
import { applyFileDiff } from '../../core/agent/tools/diff-apply.js';
import { errorMessage } from '../../core/errors.js';
import { protectedPathRefusal } from '../../core/policy/protected-paths.js';
import type { TestOutcome } from '../../core/reports/test-report.js';
import { parseFix } from '../../core/triage/fix-diff.js';
import type { FixOutcome } from '../../core/triage/triage-result.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Most failing tests of a cluster re-run against a fix. */
const MAX_FIX_TESTS = 10;

/** What a fix is checked against. */
export interface FixCheck {
  /** The argv template that re-runs one test. */
  template: readonly string[];
  timeoutMs: number;
  /** The cluster's failing tests: each must pass with the fix. */
  failing: ReadonlyArray<Pick<TestOutcome, 'id' | 'suite' | 'name' | 'file'>>;
  /**
   * The whole suite, when configured (`triage.diagnosis.suiteArgv`): run in the scratch copy after
   * the failing tests pass; its reports must show no failing test that was not failing already.
   */
  suite?: {
    argv: readonly string[];
    /** Report globs, as the stage reads them. */
    patterns: readonly string[];
    /** Reads the reports the suite wrote in the scratch copy. */
    readReports: (options: { root: string; patterns: readonly string[] }) => Promise<{ failures: TestOutcome[]; files: Array<{ path: string }> }>;
    /** Ids failing in the job's own reports. */
    failingBefore: ReadonlySet<string>;
  };
}

/**
 * Applies a proposed fix to a scratch copy of the workspace and re-runs the cluster's failing
 * tests there; when a suite command is configured it then runs the whole suite there too. Offered
 * only when the failing tests pass and no test that passed in the job fails with the fix. The checkout itself is never touched; the re-runs are policy-checked and journaled
 * like any other.
 */
export async function validateFix(context: StageContext<unknown>, fix: { diff: string; explanation: string }, check: FixCheck): Promise<FixOutcome> {
  const base = { diff: fix.diff, explanation: fix.explanation, pushed: false };
  const parsed = parseFix(fix.diff);
  if (!parsed.ok) return { ...base, status: 'rejected', reason: `the diff cannot be used: ${parsed.error}` };
  for (const file of parsed.files) {
    const refusal = protectedPathRefusal(file.path, 'write');
    if (refusal !== undefined) return { ...base, status: 'rejected', reason: `${file.path}: ${refusal}` };
  }
  const scratch = await createScratchCopy(context.workspace.root, context.environment.RUNNER_TEMP ?? tmpdir());
  try {
    const workspace = await createFileWorkspace(scratch.root, { guard: (access, path) => protectedPathRefusal(path, access) });
    for (const file of parsed.files) {
      let content: string;
      try {
        content = await workspace.readText(file.path, { maxBytes: 4 * 1024 * 1024 });
      } catch (error) {
        return { ...base, status: 'rejected', reason: `${file.path} cannot be read: ${errorMessage(error)}` };
      }
      const edit = applyFileDiff(content, file.diff, file.path);
      if (!edit.ok) return { ...base, status: 'rejected', reason: `the diff does not apply: ${edit.error}` };
      await workspace.writeText(file.path, edit.content);
    }
    const commands = createCommandRunner({ workspace, baseEnvironment: context.environment, clock: context.clock });
    const options = { commands, policy: context.policy, identity: context.identity, journal: context.journal, template: check.template, times: 1, timeoutMs: check.timeoutMs };
    for (const test of check.failing.slice(0, MAX_FIX_TESTS)) {
      const outcome = await rerunTest(test, options);
      if (outcome.skipped !== undefined) return { ...base, status: 'not-validated', reason: `${test.id} ${outcome.skipped}` };
      if (outcome.attempts.some((attempt) => attempt.status !== 'passed')) return { ...base, status: 'rejected', reason: `${test.id} still fails` };
    }
    if (check.suite === undefined) return { ...base, status: 'offered' };
    return await checkSuite(context, check.suite, commands, workspace, check.timeoutMs, base);
  } finally {
    await scratch.dispose();
  }
}

/** Runs the whole suite in the scratch copy: the fix is offered only when no test fails there that passed before. */
async function checkSuite(
  context: StageContext<unknown>,
  suite: NonNullable<FixCheck['suite']>,
  commands: ReturnType<typeof createCommandRunner>,
  workspace: Awaited<ReturnType<typeof createFileWorkspace>>,
  timeoutMs: number,
  base: Pick<FixOutcome, 'diff' | 'explanation' | 'pushed'>,
): Promise<FixOutcome> {
  const decision = context.policy.evaluate(context.identity, { type: 'command', argv: suite.argv });
  if (decision.decision !== 'allow') return { ...base, status: 'not-validated', reason: `the suite command is not allowed: ${decision.reason}` };
  // The job's own reports were copied with the workspace: removed first, so only the suite's count.
  for (const file of (await suite.readReports({ root: workspace.root, patterns: suite.patterns })).files) {
    await workspace.remove(file.path).catch(() => undefined);
  }
  const result = await commands.run({ argv: suite.argv, timeoutMs, maxOutputBytes: 64 * 1024 });
  context.journal.append('test-rerun', { test: '(suite)', run: 1, argv: suite.argv, exitCode: result.exitCode, status: result.exitCode === 0 ? 'passed' : 'failed', durationMs: result.durationMs });
  const after = await suite.readReports({ root: workspace.root, patterns: suite.patterns });
  if (after.files.length === 0) return { ...base, status: 'not-validated', reason: 'the suite command wrote no report matching the report patterns' };
  const broken = after.failures.filter((failure) => (failure.status === 'failed' || failure.status === 'errored') && !suite.failingBefore.has(failure.id));
  if (broken.length > 0) return { ...base, status: 'rejected', reason: `it breaks ${broken.slice(0, 5).map((failure) => failure.id).join(', ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}` };
  return { ...base, status: 'offered' };
}
