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
  /** Tests that passed when re-run in this job: each must still pass with the fix. */
  passing: ReadonlyArray<Pick<TestOutcome, 'id' | 'suite' | 'name' | 'file'>>;
}

/**
 * Applies a proposed fix to a scratch copy of the workspace and re-runs the cluster's failing
 * tests there (and the tests that passed on re-run in this job). Offered only when every one of
 * them passes. The checkout itself is never touched; the re-runs are policy-checked and journaled
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
    const failing = check.failing.slice(0, MAX_FIX_TESTS);
    for (const test of [...failing, ...check.passing.slice(0, MAX_FIX_TESTS)]) {
      const outcome = await rerunTest(test, options);
      if (outcome.skipped !== undefined) return { ...base, status: 'not-validated', reason: `${test.id} ${outcome.skipped}` };
      if (outcome.attempts.some((attempt) => attempt.status !== 'passed')) {
        const which = failing.includes(test) ? 'still fails' : 'passed before the fix and fails with it';
        return { ...base, status: 'rejected', reason: `${test.id} ${which}` };
      }
    }
    return { ...base, status: 'offered' };
  } finally {
    await scratch.dispose();
  }
}
