import type { CommandRunner } from '../../core/ports/command-runner.js';
import type { Forge, ForgePullRequest } from '../../core/ports/forge.js';
import type { ParsedInputs } from '../../core/inputs.js';
import type { Plan } from '../../core/plan/plan.js';
import { escalationComment, escalationMarker } from '../../core/implement/escalation-comment.js';
import { pullRequestBody, pullRequestMarker, pullRequestTitle } from '../../core/implement/pull-request-body.js';
import { isDone, type TaskReport } from '../../core/implement/task-report.js';
import type { GitBranch } from '../../adapters/git-branch.js';
import { stageArtifactName } from '../shared/constants.js';
import type { StageContext } from '../shared/stage-definition.js';
import type { ApprovedPlan } from './approved-plan.js';
import { implementArtifactVariant, type implementInputs } from './implement-inputs.js';
import type { PreparedBranch } from './prepare-branch.js';
import { authorizeGithubWrite, rebaseOntoBase, type RebaseOutcome } from './ship-branch.js';

/** Characters of diff kept in a dry run's result. */
const DRY_RUN_DIFF_CHARACTERS = 200_000;

/** What publishing needs: the work done and where it goes. */
export interface PublishRequest {
  context: StageContext<ParsedInputs<typeof implementInputs>>;
  git: GitBranch;
  commands: CommandRunner;
  forge: Forge;
  plan: Plan;
  approved: ApprovedPlan;
  branch: string;
  baseBranch: string;
  prepared: PreparedBranch;
  reports: readonly TaskReport[];
  dryRun: boolean;
  /** An error that ended the task loop early; what was committed is still pushed, then it is rethrown. */
  failure: unknown;
  /** Whether this job opens the pull request and escalates: not a matrix shard, whose merge job does. */
  opensPullRequest: boolean;
}

/** What was published. */
export interface Published {
  pullRequest?: ForgePullRequest;
  rebase?: RebaseOutcome;
  /** A dry run's diff and validator results, kept in the run state (the stage's artifact). */
  dryRun?: { diff: string };
}

/**
 * Ships the work: pushes the commits (even when a task loop failed, so a re-run resumes after
 * them), rebases onto a moved base with the validators run again, opens or updates the draft pull
 * request found by its marker, and hands failed tasks to a human on the issue. A dry run pushes
 * nothing and keeps the diff instead. An error anywhere stops before the pull request is written,
 * so there is never a pull request for work that was not pushed.
 */
export async function publishWork(request: PublishRequest): Promise<Published> {
  const { context, git, forge, branch, reports } = request;
  const { journal, policy, identity } = context;
  if (request.dryRun) {
    const diff = await git.diff(request.plan.baseSha, DRY_RUN_DIFF_CHARACTERS);
    journal.append('decision', { decision: 'dry-run', branch, diffCharacters: diff.length, pushed: false });
    if (request.failure !== undefined) throw request.failure;
    return { dryRun: { diff } };
  }
  const remote = await git.hasRemote();
  const head = await git.head();
  // A branch restarted over another run's commits replaces them: with a lease on exactly what was there.
  const restarted = request.prepared.remoteSha !== undefined && request.prepared.startSha !== request.prepared.remoteSha;
  let pushed = request.prepared.remoteSha;
  const push = async (lease: string | undefined) => {
    if (!remote) return;
    authorizeGithubWrite(policy, identity, 'push');
    await git.push(branch, lease === undefined ? {} : { expectedRemoteSha: lease });
    pushed = await git.head();
    journal.append('github-write', { operation: 'push', branch, head: pushed, forceWithLease: lease ?? null });
  };
  if (head !== request.prepared.startSha || (restarted && head !== pushed)) await push(restarted ? request.prepared.remoteSha : undefined);
  if (request.failure !== undefined) throw request.failure;

  const hasWork = head !== request.plan.baseSha;
  let rebase: RebaseOutcome | undefined;
  let pullRequest: ForgePullRequest | undefined;
  if (hasWork && request.opensPullRequest) {
    rebase = await rebaseOntoBase({
      git,
      journal,
      policy,
      identity,
      commands: request.commands,
      config: context.config,
      plan: request.plan,
      baseBranch: request.baseBranch,
      baseSha: request.plan.baseSha,
      branch,
    });
    if (rebase.status === 'rebased') await push(pushed);
    const usage = context.budget.stageUsage();
    const marker = pullRequestMarker(context.trigger.runId);
    authorizeGithubWrite(policy, identity, 'pull-request');
    const upserted = await forge.upsertPullRequest({
      head: branch,
      base: request.baseBranch,
      title: pullRequestTitle(context.state.goal, request.plan.tasks[0]?.title ?? 'implement the plan'),
      body: pullRequestBody({
        goal: context.state.goal,
        planDigest: request.approved.digest,
        planSummary: request.plan.summary,
        tasks: reports,
        riskLevel: request.approved.riskLevel,
        usage: { tokens: usage.tokens, costUsd: usage.costUsd },
        journalArtifact: stageArtifactName('implement', context.trigger.attempt, implementArtifactVariant(context.inputs)),
        runId: context.trigger.runId,
        ...(rebase.note === undefined ? {} : { baseNote: rebase.note }),
      }),
      draft: true,
      marker,
    });
    pullRequest = upserted.value;
    journal.append('github-write', { operation: 'pull-request', number: pullRequest.number, url: pullRequest.url, created: upserted.created, marker });
  }
  const unfinished = reports.filter((report) => !isDone(report));
  const issue = context.state.goal.issue;
  if (unfinished.length > 0 && issue !== undefined && request.opensPullRequest) {
    const label = context.config.implement.escalationLabel;
    authorizeGithubWrite(policy, identity, 'issue-comment');
    const comment = await forge.upsertIssueComment(
      issue.number,
      escalationMarker(context.trigger.runId),
      escalationComment(unfinished, { branch, label, ...(pullRequest === undefined ? {} : { pullRequestUrl: pullRequest.url }) }),
    );
    journal.append('github-write', { operation: 'issue-comment', issue: issue.number, url: comment.value.url, created: comment.created });
    authorizeGithubWrite(policy, identity, 'label');
    await forge.addLabels(issue.number, [label]);
    journal.append('github-write', { operation: 'label', issue: issue.number, labels: [label] });
  }
  return { ...(pullRequest === undefined ? {} : { pullRequest }), ...(rebase === undefined ? {} : { rebase }) };
}
