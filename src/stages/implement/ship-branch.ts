import { PolicyDeniedError } from '../../core/errors.js';
import type { Journal } from '../../core/journal/journal.js';
import type { Plan } from '../../core/plan/plan.js';
import type { Policy } from '../../core/policy/policy.js';
import type { CommandRunner } from '../../core/ports/command-runner.js';
import type { DrydockConfig } from '../../core/config/config-types.js';
import { validatorCommands } from '../../core/validators/validator-commands.js';
import { allPassed, type ValidatorResult } from '../../core/validators/validator-result.js';
import type { GitBranch } from '../../adapters/git-branch.js';
import { baseBranchTip } from './prepare-branch.js';
import { runValidators } from './run-validators.js';

/** What bringing the branch up to date with its base needs. */
export interface RebaseRequest {
  git: GitBranch;
  journal: Journal;
  policy: Policy;
  identity: string;
  commands: CommandRunner;
  config: DrydockConfig;
  plan: Plan;
  baseBranch: string;
  /** The commit the work started from. */
  baseSha: string;
  branch: string;
}

/** What happened to the base at the end. */
export interface RebaseOutcome {
  /** `unchanged`, `rebased` (validators passed again), `conflict` or `validators-failed` (left unrebased). */
  status: 'unchanged' | 'rebased' | 'conflict' | 'validators-failed';
  /** A sentence for the pull request. */
  note?: string;
  /** Validators run after the rebase. */
  validators: ValidatorResult[];
}

/**
 * If the base branch moved since the plan, rebases the work onto its new head and runs the
 * validators again (every configured one and every task's command checks). A conflict, or
 * validators that fail after the rebase, leave the branch as it was and are reported: nothing is
 * forced.
 */
export async function rebaseOntoBase(request: RebaseRequest): Promise<RebaseOutcome> {
  const { git, journal } = request;
  const tip = await baseBranchTip(git, request.baseBranch);
  const head = await git.head();
  if (tip === request.baseSha || (await git.isAncestor(tip, head))) return { status: 'unchanged', validators: [] };
  const rebased = await git.rebase(tip);
  if (!rebased.ok) {
    journal.append('decision', { decision: 'rebase-conflict', baseBranch: request.baseBranch, baseTip: tip, conflicts: rebased.conflicts });
    await git.checkout(request.branch, head);
    return {
      status: 'conflict',
      note: `'${request.baseBranch}' moved to ${tip.slice(0, 12)} and rebasing onto it conflicts in ${rebased.conflicts.join(', ') || 'some files'}; the branch stays on ${request.baseSha.slice(0, 12)} for a human to resolve.`,
      validators: [],
    };
  }
  const results = await validateWholeTree(request, 'rebase');
  if (!allPassed(results)) {
    await git.checkout(request.branch, head);
    journal.append('decision', { decision: 'rebase-reverted', baseTip: tip, reason: 'validators failed after the rebase' });
    return { status: 'validators-failed', note: `'${request.baseBranch}' moved to ${tip.slice(0, 12)}; after rebasing onto it the validators failed, so the branch stays on ${request.baseSha.slice(0, 12)}.`, validators: results };
  }
  journal.append('decision', { decision: 'rebased', baseTip: tip, head: await git.head() });
  return { status: 'rebased', note: `Rebased onto '${request.baseBranch}' at ${tip.slice(0, 12)}; validators passed again.`, validators: results };
}

/** Every configured validator and every task's command checks on the work tree as it is, journaled under `label`. */
export async function validateWholeTree(
  request: Pick<RebaseRequest, 'git' | 'journal' | 'policy' | 'identity' | 'commands' | 'config' | 'plan'>,
  label: string,
): Promise<ValidatorResult[]> {
  const checks = request.plan.tasks.flatMap((task) => task.acceptanceChecks);
  const commands = validatorCommands({
    validators: request.config.validators,
    task: { id: label, acceptanceChecks: checks },
    changedFiles: [],
    repositoryFiles: await request.git.trackedFiles(),
  });
  return runValidators({ commands, policy: request.policy, identity: request.identity, runner: request.commands, journal: request.journal, task: label, attempt: 1 });
}

/** Asks policy for one GitHub write, consuming its count; a refusal throws. The caller journals the write once done. */
export function authorizeGithubWrite(policy: Policy, identity: string, operation: string): void {
  const decision = policy.consume(identity, { type: 'github', operation });
  if (decision.decision !== 'allow') {
    throw new PolicyDeniedError(`Policy refused the GitHub write '${operation}': ${decision.reason}`, { identity, reason: decision.reason });
  }
}
